using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/TranslationReview.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point of the benchmark runner.</summary>
public partial class Program;
