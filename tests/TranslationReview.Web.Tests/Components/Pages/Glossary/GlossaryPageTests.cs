using AngleSharp.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Terminology;
using TranslationReview.Data;
using TranslationReview.Web.Components.Pages.Glossary;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Components.Pages.Glossary;

/// <summary>The glossary page over the real services and a real SQLite file, with a reviewer signed in.</summary>
public sealed class GlossaryPageTests : BunitContext
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trv-web-tests", Guid.NewGuid().ToString("N"));

    public GlossaryPageTests()
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "review.db"), Pooling = false }.ToString();
        Services.AddReviewData(connection);
        Services.AddLogging();
        Services.AddOptions<WorkbenchOptions>();
        Services.AddSingleton<DocumentChangeNotifier>();
        Services.AddSingleton(CheckPipeline.CreateDefault());
        Services.AddSingleton<CheckService>();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<ProjectService>();
        Services.AddScoped<GlossaryService>();
        AddAuthorization().SetAuthorized("olena").SetRoles(WorkbenchRoles.Reviewer);
    }

    [Fact]
    public async Task AddEntry_FilledForm_ListsTheEntryWithItsForbiddenRendering()
    {
        var projectId = await ProjectWithKharkivAsync();
        var page = Render<GlossaryPage>(p => p.Add(g => g.ProjectId, projectId));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("table.entries tbody tr")));

        page.Find("#entry-source").Change("Миколаїв");
        page.Find("#entry-target").Change("Mykolaiv");
        page.Find("#entry-forbidden").Change("Nikolaev | Nikolayev");
        page.Find("#entry-type").Change(GlossaryEntryType.Place.ToString());
        Button(page, "Add entry").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("table.entries tbody tr").Count));
        var row = page.FindAll("table.entries tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Миколаїв");
        Assert.Equal("Nikolaev | Nikolayev", row.QuerySelector("td.forbidden")!.TextContent);
        Assert.Contains("Saved “Миколаїв”", page.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntry_NoSourceTerm_SaysWhatIsMissingAndKeepsWhatWasTyped()
    {
        var projectId = await ProjectWithKharkivAsync();
        var page = Render<GlossaryPage>(p => p.Add(g => g.ProjectId, projectId));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("table.entries tbody tr")));

        page.Find("#entry-target").Change("Mykolaiv");
        Button(page, "Add entry").Click();

        page.WaitForAssertion(() => Assert.Equal("Enter the source term.", page.Find("[role=alert]").TextContent.Trim()));
        Assert.Equal("Mykolaiv", page.Find("#entry-target").GetAttribute("value"));
        Assert.Single(page.FindAll("table.entries tbody tr"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private async Task<int> ProjectWithKharkivAsync()
    {
        await DatabaseMigrator.MigrateAsync(Services, CancellationToken.None);
        var projectId = await Services.GetRequiredService<ProjectStore>().CreateAsync("Kharkiv (uk → en)", "uk", "en", CancellationToken.None);
        await Services.GetRequiredService<GlossaryStore>().AddAsync(projectId,
            new GlossaryEntryInput("Харків", ["Kharkiv"], ["Kharkov"], GlossaryEntryType.Place, null), "olena", CancellationToken.None);
        return projectId;
    }

    private static IElement Button(IRenderedComponent<GlossaryPage> page, string name) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == name);
}
