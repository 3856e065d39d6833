using TranslationReview.Core.Checks;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests.Flags;

public class FlagStoreTests
{
    private const string Source = "Президент Владимир Зеленский прибыл в Киев.";
    private const string Target = "President Vladimir Zelensky arrived in Kiev.";

    [Fact]
    public async Task AddManualAsync_SpanMatchingTheTarget_IsListedWithItsSegmentNumber()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportAsync(database);

        var flag = await database.Flags.AddManualAsync(rows[1].Id, NameFlag(Target, "Vladimir"), "olena", CancellationToken.None);

        var listed = Assert.Single(await database.Flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None));
        Assert.Equal(flag.Id, listed.Id);
        Assert.Equal(2, listed.SegmentPosition);
        Assert.Equal(new TextSpan(10, 8, "Vladimir"), listed.Target);
        Assert.Null(listed.Source);
        Assert.Equal(FlagStatus.Open, listed.Status);
        Assert.Equal(FlagOrigin.Manual, listed.Origin);
        Assert.Equal("Volodymyr", listed.Suggestion);
        Assert.Equal("olena", listed.Author);
    }

    [Theory]
    [InlineData(10, 8, "Volodymy", "no longer at that place")]
    [InlineData(40, 8, "Kiev.xyz", "outside segment 2")]
    [InlineData(-1, 3, "Pre", "outside segment 2")]
    public async Task AddManualAsync_SpanNotInTheText_IsRefusedWithAMessage(int start, int length, string text, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportAsync(database);
        var flag = new NewFlag(IssueCategory.Name, Severity.Major, null, new TextSpan(start, length, text), null, null);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() =>
            database.Flags.AddManualAsync(rows[1].Id, flag, "olena", CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(await database.Flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None));
    }

    [Fact]
    public async Task AnswerResolveAndDismiss_FollowTheWorkflowAndRecordWho()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportAsync(database);
        var flag = await database.Flags.AddManualAsync(rows[1].Id, NameFlag(Target, "Kiev"), "olena", CancellationToken.None);

        var disputed = await database.Flags.AnswerAsync(flag.Id, FlagAnswer.Disputed, "House style keeps Kiev in quotes.", "ivan", CancellationToken.None);
        var resolved = await database.Flags.ResolveAsync(flag.Id, "olena", CancellationToken.None);

        Assert.Equal(FlagStatus.Disputed, disputed.Status);
        Assert.Equal("House style keeps Kiev in quotes.", disputed.AnswerComment);
        Assert.Equal("ivan", resolved.AnsweredBy);
        Assert.Equal(FlagStatus.Resolved, resolved.Status);
        Assert.Equal("olena", resolved.ResolvedBy);
        await Assert.ThrowsAsync<ReviewValidationException>(() => database.Flags.DismissAsync(flag.Id, "olena", CancellationToken.None));
        var reopened = await database.Flags.ReopenAsync(flag.Id, CancellationToken.None);
        Assert.Equal(FlagStatus.Open, reopened.Status);
        Assert.Null(reopened.ResolvedBy);
        Assert.Equal(FlagStatus.Dismissed, (await database.Flags.DismissAsync(flag.Id, "olena", CancellationToken.None)).Status);
        Assert.Empty(await database.Flags.GetErrorsAsync(documentId, CancellationToken.None));
    }

    [Fact]
    public async Task AnswerAsync_DisputeWithoutComment_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, rows) = await ImportAsync(database);
        var flag = await database.Flags.AddManualAsync(rows[1].Id, NameFlag(Target, "Kiev"), "olena", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() =>
            database.Flags.AnswerAsync(flag.Id, FlagAnswer.Disputed, "  ", "ivan", CancellationToken.None));

        Assert.Contains("comment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_Filters_NarrowByCategorySeverityStatusAuthorAndOrigin()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportAsync(database);
        await database.Flags.AddManualAsync(rows[1].Id, NameFlag(Target, "Vladimir"), "olena", CancellationToken.None);
        var kiev = await database.Flags.AddManualAsync(rows[1].Id, NameFlag(Target, "Kiev") with { Severity = Severity.Minor }, "ivan", CancellationToken.None);
        await database.Flags.ReplaceAutomaticAsync(documentId, [Finding(rows[0].Id, "Ukraine", "glossary.missing")], null, CancellationToken.None);
        await database.Flags.ResolveAsync(kiev.Id, "olena", CancellationToken.None);

        async Task<IEnumerable<string?>> Texts(FlagFilter filter) =>
            (await database.Flags.ListAsync(documentId, filter, CancellationToken.None)).Select(f => f.Target?.Text);

        Assert.Equal(["Ukraine", "Vladimir", "Kiev"], await Texts(FlagFilter.None));
        Assert.Equal(["Kiev"], await Texts(new FlagFilter { Severities = [Severity.Minor] }));
        Assert.Equal(["Ukraine"], await Texts(new FlagFilter { Categories = [IssueCategory.Terminology] }));
        Assert.Equal(["Ukraine", "Vladimir"], await Texts(new FlagFilter { Statuses = [FlagStatus.Open] }));
        Assert.Equal(["Kiev"], await Texts(new FlagFilter { Author = "ivan" }));
        Assert.Equal(["Vladimir", "Kiev"], await Texts(new FlagFilter { Origin = FlagOrigin.Manual }));
        Assert.Equal(["Kiev"], (await database.Flags.ListForSegmentsAsync(documentId, [rows[1].Id], CancellationToken.None))
            .Where(f => f.Status == FlagStatus.Resolved).Select(f => f.Target?.Text));
    }

    [Fact]
    public async Task ReplaceAutomaticAsync_DismissedFindingFoundAgain_StaysDismissedWithTheSameFlag()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportAsync(database);
        var first = await database.Flags.ReplaceAutomaticAsync(documentId,
            [Finding(rows[1].Id, "Vladimir", "name.transliteration"), Finding(rows[1].Id, "Kiev", "glossary.forbidden")], null, CancellationToken.None);
        var vladimir = (await database.Flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None)).Single(f => f.Target?.Text == "Vladimir");
        await database.Flags.DismissAsync(vladimir.Id, "olena", CancellationToken.None);

        var second = await database.Flags.ReplaceAutomaticAsync(documentId,
            [Finding(rows[1].Id, "Vladimir", "name.transliteration"), Finding(rows[2].Id, "Kharkov", "glossary.forbidden")], null, CancellationToken.None);

        var flags = await database.Flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None);
        Assert.Equal(new FlagReplaceResult(2, 0, 0), first);
        Assert.Equal(new FlagReplaceResult(1, 1, 1), second);
        Assert.Equal([("Vladimir", FlagStatus.Dismissed), ("Kharkov", FlagStatus.Open)], flags.Select(f => (f.Target!.Text, f.Status)));
        Assert.Equal(vladimir.Id, flags[0].Id);
        Assert.Single(await database.Flags.GetErrorsAsync(documentId, CancellationToken.None));
    }

    [Fact]
    public async Task ReplaceAutomaticAsync_OnlySomeSegments_LeavesOtherSegmentsAndManualFlags()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportAsync(database);
        await database.Flags.AddManualAsync(rows[1].Id, NameFlag(Target, "Kiev"), "olena", CancellationToken.None);
        await database.Flags.ReplaceAutomaticAsync(documentId,
            [Finding(rows[1].Id, "Vladimir", "name.transliteration"), Finding(rows[2].Id, "Kharkov", "glossary.forbidden")], null, CancellationToken.None);

        await database.Flags.ReplaceAutomaticAsync(documentId, [], [rows[1].Id], CancellationToken.None);

        var texts = (await database.Flags.ListAsync(documentId, FlagFilter.None, CancellationToken.None)).Select(f => f.Target?.Text);
        Assert.Equal(["Kiev", "Kharkov"], texts);
    }

    [Fact]
    public async Task GetErrorsAsync_CountsEveryFlagButDismissedOnes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await ImportAsync(database);
        var manual = await database.Flags.AddManualAsync(rows[1].Id, NameFlag(Target, "Vladimir"), "olena", CancellationToken.None);
        await database.Flags.AddManualAsync(rows[1].Id, NameFlag(Target, "Kiev") with { Severity = Severity.Critical }, "olena", CancellationToken.None);
        await database.Flags.ReplaceAutomaticAsync(documentId, [Finding(rows[2].Id, "Kharkov", "glossary.forbidden")], null, CancellationToken.None);
        await database.Flags.ResolveAsync(manual.Id, "olena", CancellationToken.None);

        var errors = await database.Flags.GetErrorsAsync(documentId, CancellationToken.None);

        Assert.Equal(3, errors.Count);
        Assert.Equal(5 + 25 + 5, errors.Sum(e => Core.Scoring.MqmScoring.Multiplier(e.Severity)));
    }

    internal static async Task<(int DocumentId, IReadOnlyList<SegmentRow> Rows)> ImportAsync(TestDatabase database) =>
        await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Украина подала заявку.", "Ukraine has applied."),
            (Source, Target),
            ("Обстрел Харькова продолжается.", "The shelling of Kharkov continues.")));

    internal static NewFlag NameFlag(string text, string word) =>
        new(IssueCategory.Name, Severity.Major, null, TextSpan.Of(text, text.IndexOf(word, StringComparison.Ordinal), word.Length), "Russian form of a Ukrainian name", word == "Vladimir" ? "Volodymyr" : null);

    private static SegmentFinding Finding(long segmentId, string targetText, string checkId)
    {
        var category = checkId.StartsWith("glossary", StringComparison.Ordinal) ? IssueCategory.Terminology : IssueCategory.Name;
        var target = new TextSpan(TargetOffset(targetText), targetText.Length, targetText);
        return new SegmentFinding(segmentId, new CheckFinding(0, checkId, category, Severity.Major, null, target, $"'{targetText}' is wrong.", null));
    }

    private static int TargetOffset(string word) => word switch
    {
        "Ukraine" => 0,
        "Vladimir" => Target.IndexOf(word, StringComparison.Ordinal),
        "Kiev" => Target.IndexOf(word, StringComparison.Ordinal),
        _ => "The shelling of Kharkov continues.".IndexOf(word, StringComparison.Ordinal),
    };
}
