using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace TranslationReview.Web.Tests.Hosting;

/// <summary>Hosts the real workbench on a fresh SQLite database in a temporary data folder.</summary>
internal sealed class WorkbenchFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public WorkbenchFactory(IDictionary<string, string?>? settings = null)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "trv-web-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["TranslationReview:DataFolder"] = DataFolder,
        };
        _settings.TryAdd("TranslationReview:SamplesFolder", TestData.ProjectPath("samples"));
    }

    public string DataFolder { get; }

    // Host configuration, unlike app configuration, is visible to Program.cs before the app is built.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(_settings));
        return base.CreateHost(builder);
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the test host is left for the OS to clean; it is in the temp folder.
            }
        }
    }
}
