using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Checks;
using TranslationReview.Data;
using TranslationReview.Web.Services;
using TranslationReview.Web.Tests.Hosting;

namespace TranslationReview.Web.Tests.Services;

public sealed class ScoreServiceTests
{
    [Fact]
    public async Task Start_NatoSample_OpensWithItsGlossaryAndForbiddenNameFlagged()
    {
        using var factory = new WorkbenchFactory();
        using var client = factory.CreateBrowser();
        await client.GetAsync("/");
        await using var scope = SignedInScope.Create(factory.Services, "olena", WorkbenchRoles.Reviewer);
        var project = (await scope.ServiceProvider.GetRequiredService<ProjectStore>().ListAsync(CancellationToken.None))
            .Single(p => p.Name.StartsWith("NATO", StringComparison.Ordinal));
        var document = Assert.Single(await scope.ServiceProvider.GetRequiredService<DocumentStore>().ListAsync(project.Id, CancellationToken.None));

        var flags = await scope.ServiceProvider.GetRequiredService<FlagService>().ListAsync(document.Id, FlagFilter.None, CancellationToken.None);
        var score = await scope.ServiceProvider.GetRequiredService<ScoreService>().GetAsync(document.Id, CancellationToken.None);

        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<GlossaryService>().ListAsync(project.Id, CancellationToken.None));
        Assert.Contains(flags, f => f.CheckId == "glossary.forbidden" && f.Target?.Text.StartsWith("Vladimir Zelensk", StringComparison.Ordinal) == true);
        Assert.Equal(flags.Count, score!.Score.ErrorCount);
        Assert.True(score.Score.Quality < 100);
        Assert.Equal(95.0, score.PassThreshold);
    }

    [Fact]
    public async Task GetAsync_DismissedFlag_NoLongerCountsAndTheThresholdDecides()
    {
        using var factory = FlagServiceTests.NoSamples();
        var documentId = await FlagServiceTests.ImportKievDocumentAsync(factory);
        await using var scope = SignedInScope.Create(factory.Services, "olena", WorkbenchRoles.Administrator);
        var segments = await scope.ServiceProvider.GetRequiredService<SegmentStore>().GetTextsAsync(documentId, CancellationToken.None);
        var flags = scope.ServiceProvider.GetRequiredService<FlagService>();
        var scores = scope.ServiceProvider.GetRequiredService<ScoreService>();
        var major = await flags.AddManualAsync(documentId, segments[0].Id, new NewFlag(IssueCategory.Name, Severity.Major, null, TextSpan.Of(segments[0].Target!, 13, 4), null, "Kyiv"), CancellationToken.None);
        await flags.AddManualAsync(documentId, segments[1].Id, new NewFlag(IssueCategory.Style, Severity.Minor, null, null, "Word order", null), CancellationToken.None);

        var before = (await scores.GetAsync(documentId, CancellationToken.None))!;
        await flags.DismissAsync(major.Id, CancellationToken.None);
        var after = (await scores.GetAsync(documentId, CancellationToken.None))!;
        var projectId = (await scope.ServiceProvider.GetRequiredService<DocumentStore>().GetAsync(documentId, CancellationToken.None))!.ProjectId;
        await scores.SetPassThresholdAsync(projectId, 90, CancellationToken.None);
        var lenient = (await scores.GetAsync(documentId, CancellationToken.None))!;

        // 16 source words: major 5 + minor 1 = 6 → 62.5; minor alone → 93.75.
        Assert.Equal((16, 6, false), (before.Score.Words, before.Score.Penalty, before.Passes));
        Assert.Equal(93.75, after.Score.Quality, 2);
        Assert.False(after.Passes);
        Assert.True(lenient.Passes);
        Assert.Equal(1, after.Score.Counts[(IssueCategory.Style, Severity.Minor)]);
    }
}
