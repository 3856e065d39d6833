using Microsoft.Extensions.Options;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// Prepares the workbench before the server takes requests: the data folder, the migrations, and the samples on an
/// empty database. Runs in <see cref="StartingAsync"/>, ahead of every hosted service (the web server included).
/// </summary>
public sealed partial class WorkbenchStartup : IHostedLifecycleService
{
    private readonly IServiceProvider _services;
    private readonly IOptions<WorkbenchOptions> _options;
    private readonly IHostEnvironment _environment;
    private readonly ILogger<WorkbenchStartup> _logger;

    public WorkbenchStartup(IServiceProvider services, IOptions<WorkbenchOptions> options, IHostEnvironment environment, ILogger<WorkbenchStartup> logger)
    {
        _services = services;
        _options = options;
        _environment = environment;
        _logger = logger;
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var dataFolder = WorkbenchPaths.DataFolder(_options.Value, _environment.ContentRootPath);
        Directory.CreateDirectory(dataFolder);
        LogDataFolder(dataFolder);

        await DatabaseMigrator.MigrateAsync(_services, cancellationToken).ConfigureAwait(false);

        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SampleImporter>().ImportIfEmptyAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database in {DataFolder}.")]
    private partial void LogDataFolder(string dataFolder);
}
