using TranslationReview.Core.Documents;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class AlternativeStoreTests
{
    private const string Stoltenberg = "Генсек НАТО Йенс Столтенберг заявил, что нужен консенсус.";
    private const string Baerbock = "Глава МИД ФРГ Анналена Бербок поддержала заявку.";
    private const string Kyiv = "Киев ждет ответа альянса.";

    private static readonly TargetProvenance Revision = new("Human revision", TargetOrigin.HumanEdit);

    [Fact]
    public async Task AddFromTextAsync_NatoCorrectedTranslation_PutsEachRevisedSentenceNextToItsSource()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("NATO", "ru", "en", CancellationToken.None);
        var documentId = await database.Documents.ImportAsync(projectId, await AlternativeFiles.NatoMachineTranslationAsync(), "txt", null, CancellationToken.None);
        var sentences = await AlternativeFiles.SentencesAsync(TestData.ProjectPath("samples", "nato-accession-ru-en", "target.corrected.en.txt"), "en");
        var progress = new List<int>();

        var result = await database.Alternatives.AddFromTextAsync(documentId, sentences, Revision, false, new SynchronousProgress(progress), CancellationToken.None);

        var rows = await database.Alternatives.GetPageAsync(documentId, "Human revision", 0, 1000, CancellationToken.None);
        Assert.Equal(rows.TotalCount, rows.Rows.Count);
        Assert.True(result.Matched >= rows.TotalCount * 9 / 10, $"only {result.Matched} of {rows.TotalCount} segments got a revision");
        var head = Assert.Single(rows.Rows, r => r.Source.StartsWith("Глава киевского режима", StringComparison.Ordinal));
        Assert.Contains("Oleksii Reznikov", head.Text, StringComparison.Ordinal);
        Assert.All(rows.Rows, r => Assert.NotNull(r.VersionId));
        Assert.Equal(rows.Rows.Count, progress[^1]);
        var label = Assert.Single(await database.Alternatives.GetLabelsAsync(documentId, CancellationToken.None));
        Assert.Equal(("Human revision", TargetOrigin.HumanEdit, result.Matched), (label.Label, label.Origin, label.SegmentCount));
    }

    [Fact]
    public async Task AddFromTextAsync_TwoSourceSegmentsOneTargetSentence_FirstGetsItSecondIsEmptyAndLow()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, _) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Генсек НАТО Йенс Столтенберг выступил в Брюсселе.", "NATO Secretary of State Jens Stoltenberg spoke in Brussels."),
            ("Он сказал, что ускоренное вступление возможно только при консенсусе всех тридцати стран альянса.", "He said fast accession needs consensus."),
            ("Это был холодный душ.", "It was a cold shower.")));

        await database.Alternatives.AddFromTextAsync(documentId,
            ["NATO Secretary General Jens Stoltenberg spoke in Brussels and said that an accelerated accession is possible only if all thirty member countries of the alliance agree.", "It was a cold shower."],
            Revision, false, null, CancellationToken.None);

        var rows = (await database.Alternatives.GetPageAsync(documentId, "Human revision", 0, 10, CancellationToken.None)).Rows;
        Assert.StartsWith("NATO Secretary General Jens Stoltenberg spoke in Brussels", rows[0].Text, StringComparison.Ordinal);
        Assert.Equal("", rows[1].Text);
        Assert.True(rows[1].Confidence < SegmentFilter.LowConfidenceThreshold);
        Assert.Equal("It was a cold shower.", rows[2].Text);
    }

    [Fact]
    public async Task GetPageAsync_LowConfidenceOnly_ListsOnlyTheDoubtfulPlacements()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Генсек НАТО Йенс Столтенберг выступил в Брюсселе.", "NATO Secretary of State Jens Stoltenberg spoke in Brussels."),
            ("Он сказал, что ускоренное вступление возможно только при консенсусе всех тридцати стран альянса.", "He said fast accession needs consensus."),
            ("Это был холодный душ.", "It was a cold shower.")));
        await database.Alternatives.AddFromTextAsync(documentId,
            ["NATO Secretary General Jens Stoltenberg spoke in Brussels and said that an accelerated accession is possible only if all thirty member countries of the alliance agree.", "It was a cold shower."],
            Revision, false, null, CancellationToken.None);

        var low = await database.Alternatives.GetPageAsync(documentId, "Human revision", lowConfidenceOnly: true, 0, 10, CancellationToken.None);

        var row = Assert.Single(low.Rows);
        Assert.Equal((1, rows[1].Id, 2), (low.TotalCount, row.SegmentId, row.Position));
        Assert.Equal(1, Assert.Single(await database.Alternatives.GetLabelsAsync(documentId, CancellationToken.None)).LowConfidenceCount);
    }

    [Theory]
    [InlineData("tsv")]
    [InlineData("tmx")]
    [InlineData("xliff12")]
    [InlineData("xliff2")]
    public async Task AddFromDocumentAsync_SameSourcesInEachFormat_MatchesByPosition(string format)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            (Stoltenberg, "NATO Secretary of State Jens Stoltenberg said consensus is needed."),
            (Baerbock, "FRG Foreign Minister Annalena Berbock backed the bid."),
            (Kyiv, "Kiev awaits the alliance's answer.")));
        var revised = new[]
        {
            "NATO Secretary General Jens Stoltenberg said consensus is needed.",
            "German Foreign Minister Annalena Baerbock backed the bid.",
            "Kyiv awaits the alliance's answer.",
        };
        var incoming = await AlternativeFiles.ReadAsync(FileName(format), File(format, [(Stoltenberg, revised[0]), (Baerbock, revised[1]), (Kyiv, revised[2])]));

        var result = await database.Alternatives.AddFromDocumentAsync(documentId, incoming, Revision, false, null, CancellationToken.None);

        Assert.Equal((3, 0, true), (result.Matched, result.Unmatched, result.ByPosition));
        var page = await database.Alternatives.GetPageAsync(documentId, "Human revision", 0, 10, CancellationToken.None);
        Assert.Equal(revised, page.Rows.Select(r => r.Text));
        Assert.Equal(rows.Select(r => r.Id), page.Rows.Select(r => r.SegmentId));
        Assert.All(page.Rows, r => Assert.Equal(1.0, r.Confidence));
    }

    [Fact]
    public async Task AddFromDocumentAsync_ReorderedTmxWithAForeignUnit_MatchesBySourceAndCountsTheUnmatched()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, _) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            (Stoltenberg, "NATO Secretary of State Jens Stoltenberg said consensus is needed."),
            (Baerbock, "FRG Foreign Minister Annalena Berbock backed the bid."),
            (Kyiv, "Kiev awaits the alliance's answer.")));
        var incoming = await AlternativeFiles.ReadAsync("memory.tmx", File("tmx", [
            ("  киев ЖДЕТ   ответа альянса. ", "Kyiv awaits the alliance's answer."),
            ("Харьков снова под обстрелом.", "Kharkiv is under fire again."),
            (Stoltenberg, "NATO Secretary General Jens Stoltenberg said consensus is needed.")]));

        var result = await database.Alternatives.AddFromDocumentAsync(documentId, incoming, Revision, false, null, CancellationToken.None);

        Assert.Equal((2, 1, false), (result.Matched, result.Unmatched, result.ByPosition));
        var page = await database.Alternatives.GetPageAsync(documentId, "Human revision", 0, 10, CancellationToken.None);
        Assert.Equal(["NATO Secretary General Jens Stoltenberg said consensus is needed.", null, "Kyiv awaits the alliance's answer."], page.Rows.Select(r => r.Text));
    }

    [Fact]
    public async Task AddFromDocumentAsync_LabelAlreadyUsed_RefusesUnlessReplacing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs((Kyiv, "Kiev awaits the alliance's answer.")));
        var first = await AlternativeFiles.ReadAsync("a.tsv", $"{Kyiv}\tKyiv is waiting for the alliance's answer.\n");
        var second = await AlternativeFiles.ReadAsync("b.tsv", $"{Kyiv}\tKyiv awaits the alliance's answer.\n");
        await database.Alternatives.AddFromDocumentAsync(documentId, first, Revision, false, null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(
            () => database.Alternatives.AddFromDocumentAsync(documentId, second, Revision, false, null, CancellationToken.None));
        var result = await database.Alternatives.AddFromDocumentAsync(documentId, second, Revision, true, null, CancellationToken.None);

        Assert.Contains("\"Human revision\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.Replaced);
        var version = Assert.Single(await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None));
        Assert.Equal("Kyiv awaits the alliance's answer.", version.Text);
    }

    [Fact]
    public async Task AddFromDocumentAsync_CancelledAfterFirstBatch_LeavesTheDocumentUnchanged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Big", "uk", "en", CancellationToken.None);
        var documentId = await database.Documents.ImportAsync(projectId, SampleDocuments.Numbered(2500), "txt", null, CancellationToken.None);
        var earlier = await AlternativeFiles.ReadAsync("earlier.tsv", "Речення номер 7: Київ і Харків.\tSentence 7: Kyiv and Kharkiv.\n");
        await database.Alternatives.AddFromDocumentAsync(documentId, earlier, Revision, false, null, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var reports = new List<int>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => database.Alternatives.AddFromDocumentAsync(
            documentId, SampleDocuments.Numbered(2500), Revision, true, new SynchronousProgress(reports, _ => cancel.Cancel()), cancel.Token));

        Assert.Equal([1000], reports);
        var page = await database.Alternatives.GetPageAsync(documentId, "Human revision", 0, 10, CancellationToken.None);
        Assert.Equal("Sentence 7: Kyiv and Kharkiv.", Assert.Single(page.Rows, r => r.Text is not null).Text);
    }

    [Fact]
    public async Task AddFromDocumentAsync_FileOfAnotherText_RefusesWithAMessage()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, _) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs((Kyiv, "Kiev awaits the alliance's answer.")));
        var other = await AlternativeFiles.ReadAsync("other.tsv", "Харьков снова под обстрелом.\tKharkiv is under fire again.\n");

        var error = await Assert.ThrowsAsync<ReviewValidationException>(
            () => database.Alternatives.AddFromDocumentAsync(documentId, other, Revision, false, null, CancellationToken.None));

        Assert.Contains("translation of this document", error.Message, StringComparison.Ordinal);
        Assert.Empty(await database.Alternatives.GetLabelsAsync(documentId, CancellationToken.None));
    }

    private static string FileName(string format) => format switch
    {
        "tsv" => "revision.tsv",
        "tmx" => "revision.tmx",
        _ => "revision.xlf",
    };

    internal static string File(string format, (string Source, string Target)[] pairs)
    {
        static string X(string text) => System.Security.SecurityElement.Escape(text);
        return format switch
        {
            "tsv" => string.Concat(pairs.Select(p => $"{p.Source}\t{p.Target}\n")),
            "tmx" => $"""<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="test"/><body>{string.Concat(pairs.Select(p => $"""<tu><tuv xml:lang="ru"><seg>{X(p.Source)}</seg></tuv><tuv xml:lang="en"><seg>{X(p.Target)}</seg></tuv></tu>"""))}</body></tmx>""",
            "xliff12" => $"""<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="ru" target-language="en" datatype="plaintext"><body>{string.Concat(pairs.Select((p, i) => $"""<trans-unit id="u{i}"><source>{X(p.Source)}</source><target>{X(p.Target)}</target></trans-unit>"""))}</body></file></xliff>""",
            _ => $"""<?xml version="1.0" encoding="UTF-8"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" trgLang="en"><file id="f1">{string.Concat(pairs.Select((p, i) => $"""<unit id="u{i}"><segment><source>{X(p.Source)}</source><target>{X(p.Target)}</target></segment></unit>"""))}</file></xliff>""",
        };
    }
}
