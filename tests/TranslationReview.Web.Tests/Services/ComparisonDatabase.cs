using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TranslationReview.Core.Documents;
using TranslationReview.Data;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Services;

/// <summary>A real SQLite file with one imported document, for the comparison services; deleted afterwards.</summary>
public sealed class ComparisonDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private ComparisonDatabase(string folder)
    {
        _folder = folder;
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "review.db"), Pooling = false }.ToString();
        _services = new ServiceCollection().AddReviewData(connection).BuildServiceProvider();
        Notifier = new DocumentChangeNotifier(NullLogger<DocumentChangeNotifier>.Instance);
    }

    public ComparisonStore Store => _services.GetRequiredService<ComparisonStore>();

    public SegmentStore Segments => _services.GetRequiredService<SegmentStore>();

    public TargetVersionStore Versions => _services.GetRequiredService<TargetVersionStore>();

    public DocumentChangeNotifier Notifier { get; }

    public int DocumentId { get; private set; }

    public IReadOnlyList<long> SegmentIds { get; private set; } = [];

    /// <summary>A database with one document of (source, target) segments.</summary>
    public static async Task<ComparisonDatabase> CreateAsync(params (string Source, string Target)[] pairs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trv-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new ComparisonDatabase(folder);
        await DatabaseMigrator.MigrateAsync(database._services, CancellationToken.None);
        var projects = database._services.GetRequiredService<ProjectStore>();
        var projectId = await projects.CreateAsync("Comparison", "ru", "en", CancellationToken.None);
        var document = new BilingualDocument("nato.txt", "ru", "en", [.. pairs.Select((p, i) => new Segment(
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), SegmentContent.FromText(p.Source), SegmentContent.FromText(p.Target), SegmentState.Translated))]);
        database.DocumentId = await database._services.GetRequiredService<DocumentStore>().ImportAsync(projectId, document, "txt", null, CancellationToken.None);
        var page = await database.Segments.GetPageAsync(database.DocumentId, SegmentFilter.None, 0, 1000, CancellationToken.None);
        database.SegmentIds = [.. page.Rows.Select(r => r.Id)];
        return database;
    }

    /// <summary>Saves each text in turn as the segment's target, as a translator would.</summary>
    public async Task EditAsync(int index, string user, params string[] targets)
    {
        foreach (var target in targets)
        {
            await Segments.UpdateTargetAsync(SegmentIds[index], target, user, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test result matters more.
        }
    }
}
