using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Terminology;
using TranslationReview.Data;
using TranslationReview.Web.Services;
using TranslationReview.Web.Tests.Hosting;

namespace TranslationReview.Web.Tests.Services;

public sealed class FlagServiceTests
{
    private const string KievTarget = "The talks in Kiev ended late.";

    [Fact]
    public async Task AddToGlossaryAsync_FlaggedKiev_FlagsEveryOtherOccurrenceInAnyCaseForm()
    {
        using var factory = NoSamples();
        var documentId = await ImportKievDocumentAsync(factory);
        await using var scope = SignedInScope.Create(factory.Services, "olena", WorkbenchRoles.Reviewer);
        var flags = scope.ServiceProvider.GetRequiredService<FlagService>();
        Assert.Empty(await flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None));
        var segment = await FirstSegmentIdAsync(scope, documentId);
        var manual = await flags.AddManualAsync(documentId, segment, new NewFlag(IssueCategory.Name, Severity.Major, null,
            TextSpan.Of(KievTarget, 13, 4), "Russian form of the city's name", "Kyiv"), CancellationToken.None);

        var found = await flags.AddToGlossaryAsync(manual.Id, "Киев", "Kyiv", GlossaryEntryType.Place, CancellationToken.None);

        var automatic = await flags.ListAsync(documentId, new FlagFilter { Origin = FlagOrigin.Automatic }, CancellationToken.None);
        Assert.Equal(3, found);
        Assert.Equal([1, 2, 3], automatic.Select(f => f.SegmentPosition));
        Assert.All(automatic, f => Assert.Equal("Kiev", f.Target?.Text));
        var entry = Assert.Single(await scope.ServiceProvider.GetRequiredService<GlossaryService>().ListAsync(await ProjectOfAsync(scope, documentId), CancellationToken.None));
        Assert.Equal(["Kyiv"], entry.TargetTerms);
        Assert.Equal(["Kiev"], entry.ForbiddenTerms);
    }

    [Fact]
    public async Task ResolveAsync_Translator_IsRefusedButMayAnswer()
    {
        using var factory = NoSamples();
        var documentId = await ImportKievDocumentAsync(factory);
        var flagId = await FlagKievAsync(factory, documentId, "olena", WorkbenchRoles.Reviewer, new(IssueCategory.Name, Severity.Major, null, TextSpan.Of(KievTarget, 13, 4), null, "Kyiv"));

        await using var translator = SignedInScope.Create(factory.Services, "ivan", WorkbenchRoles.Translator);
        var flags = translator.ServiceProvider.GetRequiredService<FlagService>();

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() => flags.ResolveAsync(flagId, CancellationToken.None));
        var answered = await flags.AnswerAsync(flagId, FlagAnswer.Fixed, null, CancellationToken.None);

        Assert.Contains("reviewer", error.Message, StringComparison.Ordinal);
        Assert.Equal((FlagStatus.Fixed, "ivan"), (answered.Status, answered.AnsweredBy));
    }

    [Fact]
    public async Task DeleteAsync_ManualFlag_OnlyItsAuthorOrAReviewerMayWithdrawIt()
    {
        using var factory = NoSamples();
        var documentId = await ImportKievDocumentAsync(factory);
        var ivansFlag = await FlagKievAsync(factory, documentId, "ivan", WorkbenchRoles.Translator, new(IssueCategory.Spelling, Severity.Minor, null, TextSpan.Of(KievTarget, 13, 4), null, null));

        await using var other = SignedInScope.Create(factory.Services, "petro", WorkbenchRoles.Translator);
        var refused = await Assert.ThrowsAsync<ReviewValidationException>(() => other.ServiceProvider.GetRequiredService<FlagService>().DeleteAsync(ivansFlag, CancellationToken.None));
        Assert.Contains("ivan", refused.Message, StringComparison.Ordinal);

        await using var reviewer = SignedInScope.Create(factory.Services, "olena", WorkbenchRoles.Reviewer);
        var flags = reviewer.ServiceProvider.GetRequiredService<FlagService>();
        await flags.DeleteAsync(ivansFlag, CancellationToken.None);

        Assert.Empty(await flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None));
        await Assert.ThrowsAsync<ReviewNotFoundException>(() => flags.DeleteAsync(ivansFlag, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_AutomaticFinding_IsRefusedEvenForAReviewer()
    {
        using var factory = NoSamples();
        var documentId = await ImportKievDocumentAsync(factory);
        await using var scope = SignedInScope.Create(factory.Services, "olena", WorkbenchRoles.Reviewer);
        var projectId = await ProjectOfAsync(scope, documentId);
        await scope.ServiceProvider.GetRequiredService<GlossaryStore>().AddAsync(projectId,
            new GlossaryEntryInput("Киев", ["Kyiv"], ["Kiev"], GlossaryEntryType.Place, null), "olena", CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<CheckService>().RunAsync(documentId, null, CancellationToken.None);
        var flags = scope.ServiceProvider.GetRequiredService<FlagService>();
        var finding = (await flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None))[0];

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() => flags.DeleteAsync(finding.Id, CancellationToken.None));

        Assert.Contains("dismiss", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task UpdateTargetAsync_TranslatorFixesTheTerm_BackgroundRecheckRemovesTheFinding()
    {
        using var factory = NoSamples();
        var documentId = await ImportKievDocumentAsync(factory);
        await using var scope = SignedInScope.Create(factory.Services, "olena", WorkbenchRoles.Reviewer);
        var projectId = await ProjectOfAsync(scope, documentId);
        await scope.ServiceProvider.GetRequiredService<GlossaryStore>().AddAsync(projectId,
            new GlossaryEntryInput("Киев", ["Kyiv"], ["Kiev"], GlossaryEntryType.Place, null), "olena", CancellationToken.None);
        var checks = scope.ServiceProvider.GetRequiredService<CheckService>();
        await checks.RunAsync(documentId, null, CancellationToken.None);
        var flags = scope.ServiceProvider.GetRequiredService<FlagService>();
        Assert.Equal(3, (await flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None)).Count);

        await scope.ServiceProvider.GetRequiredService<SegmentGridService>().UpdateTargetAsync(documentId,
            await FirstSegmentIdAsync(scope, documentId), "The talks in Kyiv ended late.", CancellationToken.None);
        await checks.WhenIdleAsync(documentId);

        Assert.Equal([2, 3], (await flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None)).Select(f => f.SegmentPosition));
    }

    // Raises a manual flag on the first segment as the given user; returns its key.
    private static async Task<long> FlagKievAsync(WorkbenchFactory factory, int documentId, string user, string role, NewFlag flag)
    {
        await using var scope = SignedInScope.Create(factory.Services, user, role);
        var segmentId = await FirstSegmentIdAsync(scope, documentId);
        return (await scope.ServiceProvider.GetRequiredService<FlagService>().AddManualAsync(documentId, segmentId, flag, CancellationToken.None)).Id;
    }

    internal static WorkbenchFactory NoSamples() =>
        new(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });

    internal static async Task<int> ImportKievDocumentAsync(WorkbenchFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var projectId = await scope.ServiceProvider.GetRequiredService<ProjectStore>().CreateAsync("Kyiv talks (ru → en)", "ru", "en", CancellationToken.None);
        var document = new BilingualDocument("talks.txt", "ru", "en",
        [
            Pair("1", "Переговоры в Киеве закончились поздно.", KievTarget),
            Pair("2", "Делегация прибыла в Киев утром.", "The delegation arrived in Kiev in the morning."),
            Pair("3", "Из Киева сообщили о новых ударах.", "Kiev reported new strikes."),
        ]);
        return await scope.ServiceProvider.GetRequiredService<DocumentStore>().ImportAsync(projectId, document, "txt", null, CancellationToken.None);
    }

    private static Segment Pair(string id, string source, string target) =>
        new(id, SegmentContent.FromText(source), SegmentContent.FromText(target), SegmentState.Translated);

    private static async Task<long> FirstSegmentIdAsync(AsyncServiceScope scope, int documentId) =>
        (await scope.ServiceProvider.GetRequiredService<SegmentStore>().GetTextsAsync(documentId, CancellationToken.None))[0].Id;

    private static async Task<int> ProjectOfAsync(AsyncServiceScope scope, int documentId) =>
        (await scope.ServiceProvider.GetRequiredService<DocumentStore>().GetAsync(documentId, CancellationToken.None))!.ProjectId;
}
