using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

/// <summary>Translation candidates in XLIFF files (1.2 alt-trans, 2 mtc:match) become alternatives on import and on adding a translation.</summary>
public class AlternativeCandidateTests
{
    [Fact]
    public async Task ImportAsync_Xliff12AltTrans_BecomesAnAlternativeOfItsSegment()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Okapi", "en", "fr", CancellationToken.None);
        var document = await SampleDocuments.LoadAsync(TestData.PathOf("okapi", "xliff-1.2", "Manual-12-AltTrans.xlf"));

        var documentId = await database.Documents.ImportAsync(projectId, document, "xliff12", null, CancellationToken.None);

        var label = Assert.Single(await database.Alternatives.GetLabelsAsync(documentId, CancellationToken.None));
        Assert.Equal(("alt-trans", TargetOrigin.Imported, 1), (label.Label, label.Origin, label.SegmentCount));
        var row = Assert.Single((await database.Alternatives.GetPageAsync(documentId, "alt-trans", 0, 100, CancellationToken.None)).Rows, r => r.Text is not null);
        Assert.Equal(("Text number four", "Le texte numéro quatre."), (row.Source, row.Text));
    }

    [Fact]
    public async Task ImportAsync_ThreeAltTransFromOneOrigin_GetsDistinctLabels()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Okapi", "en", "fr", CancellationToken.None);
        var document = await SampleDocuments.LoadAsync(TestData.PathOf("okapi", "xliff-1.2", "alttrans.xlf"));

        var documentId = await database.Documents.ImportAsync(projectId, document, "xliff12", null, CancellationToken.None);

        var segmentId = (await DocumentBuilder.RowsAsync(database, documentId))[0].Id;
        var versions = await database.TargetVersions.GetVersionsAsync(segmentId, CancellationToken.None);
        Assert.Equal(
            [("X (previous-version)", "target2"), ("X (accepted)", "target3"), ("X (previous-version) 2", "target1")],
            versions.OrderBy(v => v.Id).Select(v => (v.Label, v.Text)));
        Assert.All(versions, v => Assert.True(v.IsAlternative));
    }

    [Fact]
    public async Task ImportAsync_Xliff2MachineTranslationMatch_BecomesAMachineTranslationAlternative()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("OASIS", "en", "de", CancellationToken.None);
        var document = await SampleDocuments.LoadAsync(TestData.PathOf("xliff-2.1-test-suite", "modules", "valid", "Good-mtc_subType-w-type-match.xlf"));

        var documentId = await database.Documents.ImportAsync(projectId, document, "xliff", null, CancellationToken.None);

        var label = Assert.Single(await database.Alternatives.GetLabelsAsync(documentId, CancellationToken.None));
        Assert.Equal(("Machine translation", TargetOrigin.MachineTranslation), (label.Label, label.Origin));
        var row = (await database.Alternatives.GetPageAsync(documentId, label.Label, 0, 10, CancellationToken.None)).Rows[0];
        Assert.Equal("Il est mon meilleur ami.", row.Text);
    }

    [Fact]
    public async Task ImportAsync_Xliff2MatchesWithInlineCodes_KeepsBothCandidatesWithTheirText()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("OASIS", "en", "fr", CancellationToken.None);
        var document = await SampleDocuments.LoadAsync(TestData.PathOf("xliff-2.1-test-suite", "modules", "valid", "Good-mtc_match-with-inlines.xlf"));

        var documentId = await database.Documents.ImportAsync(projectId, document, "xliff", null, CancellationToken.None);

        var segmentId = (await DocumentBuilder.RowsAsync(database, documentId))[0].Id;
        var versions = (await database.TargetVersions.GetVersionsAsync(segmentId, CancellationToken.None)).OrderBy(v => v.Id).ToList();
        Assert.Equal([("Match", "Text en gras."), ("Match 2", "Text gras.")], versions.Select(v => (v.Label, v.Text)));
    }

    [Fact]
    public async Task AddFromDocumentAsync_XliffWithAltTransAndMtcMatch_AddsTheCandidatesToTheMatchedSegments()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (documentId, rows) = await DocumentBuilder.ImportAsync(database, DocumentBuilder.Pairs(
            ("Киев ждет ответа.", "Kiev awaits an answer."),
            ("Харьков под обстрелом.", "Kharkov is under fire.")));
        var xliff12 = await AlternativeFiles.ReadAsync("engine-b.xlf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="ru" target-language="en" datatype="plaintext"><body>
              <trans-unit id="2"><source>Харьков под обстрелом.</source><target>Kharkiv is being shelled.</target>
                <alt-trans origin="DeepL MT"><target>Kharkiv is under fire.</target></alt-trans></trans-unit>
            </body></file></xliff>
            """);
        var xliff2 = await AlternativeFiles.ReadAsync("engine-c.xlf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="ru" trgLang="en"><file id="f1">
              <unit id="u1"><mtc:matches><mtc:match ref="#s1" type="mt" origin="Engine C"><source>Киев ждет ответа.</source><target>Kyiv is waiting for an answer.</target></mtc:match></mtc:matches>
                <segment id="s1"><source>Киев ждет ответа.</source><target>Kyiv awaits an answer.</target></segment></unit>
            </file></xliff>
            """);

        var first = await database.Alternatives.AddFromDocumentAsync(documentId, xliff12, new TargetProvenance("Engine B", TargetOrigin.MachineTranslation), false, null, CancellationToken.None);
        var second = await database.Alternatives.AddFromDocumentAsync(documentId, xliff2, new TargetProvenance("Engine C edited", TargetOrigin.HumanEdit), false, null, CancellationToken.None);

        Assert.Equal((1, 1), (first.Matched, first.Candidates));
        Assert.Equal((1, 1), (second.Matched, second.Candidates));
        var labels = await database.Alternatives.GetLabelsAsync(documentId, CancellationToken.None);
        Assert.Equal(["DeepL MT", "Engine B", "Engine C", "Engine C edited"], labels.Select(l => l.Label));
        Assert.Equal(TargetOrigin.MachineTranslation, labels.Single(l => l.Label == "DeepL MT").Origin);
        var second2 = await database.TargetVersions.GetVersionsAsync(rows[1].Id, CancellationToken.None);
        Assert.Equal(["Kharkiv is being shelled.", "Kharkiv is under fire."], second2.Select(v => v.Text).Order());
        var first2 = await database.TargetVersions.GetVersionsAsync(rows[0].Id, CancellationToken.None);
        Assert.Equal(["Kyiv awaits an answer.", "Kyiv is waiting for an answer."], first2.Select(v => v.Text).Order());
    }
}
