using BenchmarkDotNet.Running;
using TranslationReview.Benchmarks.Browser;

// The review grid in Chromium: dotnet run -c Release --project tests/TranslationReview.Benchmarks -- grid
if (args is ["grid", ..])
{
    return await GridInBrowserBenchmark.RunAsync(CancellationToken.None);
}

// Run all: dotnet run -c Release --project tests/TranslationReview.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point of the benchmark runner.</summary>
public partial class Program;
