using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace TranslationReview.EndToEnd.Tests.Hosting;

/// <summary>
/// The real workbench running as its own process (<c>dotnet TranslationReview.Web.dll</c>) on a free loopback port
/// with a fresh data folder; its output is kept so a failing test can show it.
/// </summary>
public sealed class WorkbenchProcess : IAsyncDisposable
{
    private const int MaxLogLines = 4000;
    private readonly Process _process;
    private readonly Queue<string> _log = new();
    private readonly string _dataFolder;

    private WorkbenchProcess(Process process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        _dataFolder = dataFolder;
    }

    /// <summary>The app's root, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What the app wrote to stdout and stderr (the last lines).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    /// <summary>The built TranslationReview.Web.dll of the given configuration (the test assembly's own by default).</summary>
    public static string WebAssemblyPath(string? configuration = null)
    {
        configuration ??= typeof(WorkbenchProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WebConfiguration")?.Value ?? "Release";
        return Path.Combine(WebProjectFolder, "bin", configuration, "net10.0", "TranslationReview.Web.dll");
    }

    private static string WebProjectFolder => Path.Combine(TestData.RepositoryRoot, "src", "TranslationReview.Web");

    /// <summary>Starts the app on a free port with an empty data folder and waits until it answers HTTP.</summary>
    public static async Task<WorkbenchProcess> StartAsync(string? configuration = null, CancellationToken cancellationToken = default)
    {
        var dll = WebAssemblyPath(configuration);
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The app is not built: {dll} is missing. Build the solution first (dotnet build -c {configuration ?? "Release"}).");
        }

        var dataFolder = Path.Combine(Path.GetTempPath(), "trv-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataFolder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        // Production, as a user runs it. The Web project folder is the content root (wwwroot, appsettings, the samples
        // found above it); the app maps the build's static web assets itself, so CSS and blazor.web.js load without a publish.
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(WebProjectFolder);
        start.ArgumentList.Add($"--TranslationReview:DataFolder={dataFolder}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new WorkbenchProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataFolder);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilAnsweringAsync(TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > MaxLogLines)
            {
                _log.Dequeue();
            }
        }
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before answering:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(BaseAddress, deadline.Token);
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
                // One slow answer during start-up; ask again.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The app did not answer on {BaseAddress} within {limit.TotalSeconds} s:\n{Log}");
            }

            // Polling a port that is still opening; the interval only spaces the attempts.
            await Task.Delay(100, deadline.Token).ConfigureAwait(false);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Kills the app with its process tree and removes its data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The app's log with a heading, for test output.</summary>
    public string DescribeLog() => $"--- app log ({BaseAddress}) ---\n{Log}\n--- end of app log ---";
}
