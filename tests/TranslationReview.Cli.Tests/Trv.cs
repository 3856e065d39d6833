using System.Diagnostics;
using System.Text;

namespace TranslationReview.Cli.Tests;

/// <summary>Runs the real <c>trv</c> executable as a process, the way pipelines do.</summary>
internal static class Trv
{
    public static async Task<TrvResult> RunWithInputAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "trv.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            var bytes = new UTF8Encoding(false).GetBytes(stdin);
            await process.StandardInput.BaseStream.WriteAsync(bytes);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new TrvResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<TrvResult> RunAsync(params string[] args) => RunWithInputAsync(null, args);
}

/// <summary>What one run of <c>trv</c> produced.</summary>
internal sealed record TrvResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
