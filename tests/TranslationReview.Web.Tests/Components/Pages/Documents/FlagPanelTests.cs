using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Checks;
using TranslationReview.Data;
using TranslationReview.Web.Components.Pages.Documents;
using TranslationReview.Web.Services;
using TranslationReview.Web.Tests.Hosting;

namespace TranslationReview.Web.Tests.Components.Pages.Documents;

/// <summary>The flag list over the real services and a real SQLite database, as a reviewer or a translator sees it.</summary>
public sealed class FlagPanelTests : BunitContext, IAsyncLifetime
{
    private const string Tsv =
        "Владимир Зеленский прибыл в Киев.\tVolodymyr Zelensky arrived in Kyiv.\ttranslated\n" +
        "Министр иностранных дел ФРГ Анналена Бербок.\tFRG Foreign Minister Annalena Baerbock.\ttranslated\n";

    private readonly WorkbenchFactory _factory = new(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });
    private int _documentId;

    public async Task InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var projectId = await scope.ServiceProvider.GetRequiredService<ProjectService>().CreateAsync("Flags (ru → en)", "ru", "en", CancellationToken.None);
        var bytes = Encoding.UTF8.GetBytes(Tsv);
        _documentId = await scope.ServiceProvider.GetRequiredService<ImportService>()
            .ImportBilingualAsync(projectId, new UploadedFile("flags.tsv", bytes.Length, () => new MemoryStream(bytes)), null, CancellationToken.None);
        var store = _factory.Services.GetRequiredService<FlagStore>();
        var segments = await _factory.Services.GetRequiredService<SegmentStore>().GetPageAsync(_documentId, SegmentFilter.None, 0, 10, CancellationToken.None);
        await Flag(store, segments.Rows[0], "Volodymyr", IssueCategory.Name, Severity.Major, "olena@example.org");
        await Flag(store, segments.Rows[0], "Kyiv", IssueCategory.Name, Severity.Minor, "taras@example.org");
        await Flag(store, segments.Rows[1], "FRG", IssueCategory.Terminology, Severity.Major, "taras@example.org");

        foreach (var service in new[] { typeof(FlagStore), typeof(GlossaryStore), typeof(DocumentStore), typeof(CheckService), typeof(DocumentChangeNotifier) })
        {
            Services.AddSingleton(service, _factory.Services.GetRequiredService(service));
        }

        Services.AddScoped<CurrentUser>();
        Services.AddScoped<FlagService>();
    }

    private static Task<FlagRow> Flag(FlagStore store, SegmentRow row, string words, IssueCategory category, Severity severity, string author) =>
        store.AddManualAsync(row.Id, new NewFlag(category, severity, null, TextSpan.Of(row.Target!, row.Target!.IndexOf(words, StringComparison.Ordinal), words.Length), null, null),
            author, CancellationToken.None);

    private IRenderedComponent<FlagPanel> RenderAs(string role)
    {
        AddAuthorization().SetAuthorized("olena@example.org").SetRoles(role);
        return Render<FlagPanel>(p => p.Add(f => f.DocumentId, _documentId));
    }

    private static IReadOnlyList<string> Items(IRenderedComponent<FlagPanel> panel) =>
        [.. panel.FindAll(".flag-item").Select(li => li.GetAttribute("aria-label")!)];

    private static void Choose(IRenderedComponent<FlagPanel> panel, string filter, string value) =>
        panel.FindAll(".flag-filters label").Single(l => l.TextContent.Trim().StartsWith(filter, StringComparison.Ordinal)).QuerySelector("select")!.Change(value);

    [Fact]
    public void Render_AllFlags_InDocumentOrderWithTheCount()
    {
        var panel = RenderAs(WorkbenchRoles.Reviewer);

        panel.WaitForAssertion(() => Assert.Equal(
            ["Segment 1: name, major, open, “Volodymyr”", "Segment 1: name, minor, open, “Kyiv”", "Segment 2: terminology, major, open, “FRG”"], Items(panel)));
        Assert.Equal("3 flags", panel.Find(".panel-status span").TextContent);
    }

    [Theory]
    [InlineData("Severity", nameof(Severity.Major), new[] { "Volodymyr", "FRG" })]
    [InlineData("Category", nameof(IssueCategory.Name), new[] { "Volodymyr", "Kyiv" })]
    [InlineData("Author", "taras@example.org", new[] { "Kyiv", "FRG" })]
    public void Filter_OneValue_ListsOnlyTheMatchingFlags(string filter, string value, string[] expected)
    {
        var panel = RenderAs(WorkbenchRoles.Reviewer);
        panel.WaitForAssertion(() => Assert.Equal(3, Items(panel).Count));

        Choose(panel, filter, value);

        panel.WaitForAssertion(() => Assert.Equal(expected.Select(w => $"“{w}”"), Items(panel).Select(i => i[i.IndexOf('“', StringComparison.Ordinal)..])));
        Assert.Equal($"{expected.Length} of 3 flags match", panel.Find(".panel-status span").TextContent);
    }

    [Fact]
    public void Resolve_AsReviewer_ShowsTheFlagResolvedAndOffersReopen()
    {
        var panel = RenderAs(WorkbenchRoles.Reviewer);
        panel.WaitForAssertion(() => Assert.Equal(3, Items(panel).Count));
        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent == "Fixed");

        panel.FindAll(".flag-item")[2].QuerySelectorAll("button").Single(b => b.TextContent == "Resolve").Click();

        panel.WaitForAssertion(() => Assert.Equal("Segment 2: terminology, major, resolved, “FRG”", Items(panel)[2]));
        Assert.Contains(panel.FindAll(".flag-item")[2].QuerySelectorAll("button"), b => b.TextContent == "Reopen");
        Assert.Contains("Resolved the flag on segment 2.", panel.Find(".panel-status").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AsTranslator_OffersAnswersButNotReviewActions()
    {
        var panel = RenderAs(WorkbenchRoles.Translator);
        panel.WaitForAssertion(() => Assert.Equal(3, Items(panel).Count));

        var buttons = panel.FindAll(".flag-item")[0].QuerySelectorAll("button").Select(b => b.TextContent).ToList();
        Assert.Contains("Fixed", buttons);
        Assert.Contains("Dispute…", buttons);
        Assert.DoesNotContain("Resolve", buttons);
        Assert.DoesNotContain("Add to glossary…", buttons);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _factory.Dispose();
    }
}
