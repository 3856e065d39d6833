using System.Text;
using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;

namespace TranslationReview.Core.Tests.Formats.PlainText;

/// <summary>
/// How the importer reads files and turns beads into segments. The aligner here is a scripted stand-in that
/// returns fixed beads, so these tests pin the bead → segment mapping only; the real aligner is tested in the
/// Alignment tests, and end-to-end import with it is tested after merging.
/// </summary>
public class TextPairImporterTests
{
    private static Bead B(int[] source, int[] target, double confidence = 0.9) => new(source, target, confidence);

    private static Task<BilingualDocument> ImportAsync(
        string source, string target, IReadOnlyList<Bead> beads, ReadOptions? options = null, ScriptedAligner? aligner = null) =>
        ImportAsync(Encoding.UTF8.GetBytes(source), Encoding.UTF8.GetBytes(target), beads, options, aligner);

    private static Task<BilingualDocument> ImportAsync(
        byte[] source, byte[] target, IReadOnlyList<Bead> beads, ReadOptions? options = null, ScriptedAligner? aligner = null) =>
        new TextPairImporter(new LineSegmenter(), aligner ?? new ScriptedAligner(beads)).ImportAsync(
            new MemoryStream(source), "story.en.txt", new MemoryStream(target), "story.de.txt",
            "en", "de", options ?? ReadOptions.Default, CancellationToken.None);

    [Fact]
    public async Task ImportAsync_OneToOneBeads_GiveTranslatedSegments()
    {
        var document = await ImportAsync("The train was late.\nWe missed the concert.\n", "Der Zug hatte Verspätung.\nWir verpassten das Konzert.\n",
            [B([0], [0], 0.98), B([1], [1], 0.875)]);

        Assert.Equal("story.en.txt", document.Name);
        Assert.Equal(("en", "de"), (document.SourceLanguage, document.TargetLanguage));
        Assert.Equal(["1", "2"], document.Segments.Select(s => s.Id));
        Assert.Equal("Wir verpassten das Konzert.", document.Segments[1].Target!.PlainText);
        Assert.All(document.Segments, s => Assert.Equal(SegmentState.Translated, s.State));
        Assert.Equal(["0.980", "0.875"], document.Segments.Select(s => s.Properties["alignment-confidence"]));
    }

    [Fact]
    public async Task ImportAsync_TwoToOneBead_JoinsSourceSentencesWithASpace()
    {
        var document = await ImportAsync("He opened the door.\nIt was dark.\n", "Er öffnete die Tür, es war dunkel.\n",
            [B([0, 1], [0])]);

        var segment = Assert.Single(document.Segments);
        Assert.Equal("He opened the door. It was dark.", segment.Source.PlainText);
        Assert.Equal("Er öffnete die Tür, es war dunkel.", segment.Target!.PlainText);
    }

    [Fact]
    public async Task ImportAsync_OneToZeroBead_GivesNewSegmentWithoutTarget()
    {
        var document = await ImportAsync("Good morning.\nThis line was left out.\n", "Guten Morgen.\n",
            [B([0], [0]), B([1], [], 0.4)]);

        Assert.Null(document.Segments[1].Target);
        Assert.Equal(SegmentState.New, document.Segments[1].State);
        Assert.Equal("0.400", document.Segments[1].Properties["alignment-confidence"]);
    }

    [Fact]
    public async Task ImportAsync_ZeroToOneBead_GivesSegmentWithEmptySource()
    {
        var document = await ImportAsync("Good morning.\n", "Guten Morgen.\n(Anmerkung der Übersetzerin)\n",
            [B([0], [0]), B([], [1], 0.3)]);

        Assert.Equal(string.Empty, document.Segments[1].Source.PlainText);
        Assert.Equal("(Anmerkung der Übersetzerin)", document.Segments[1].Target!.PlainText);
        Assert.Equal(SegmentState.Translated, document.Segments[1].State);
    }

    [Fact]
    public async Task ImportAsync_Paragraphs_AreRecordedPerSegment()
    {
        // With the line segmenter each non-empty line is a paragraph; a 0-1 bead takes its target sentence's paragraph.
        var document = await ImportAsync("Chapter one\n\nIt began in Kyiv.\n", "Kapitel eins\n\nEs begann in Kyjiw.\nIm Winter.\n",
            [B([0], [0]), B([1], [1]), B([], [2])]);

        Assert.Equal(["0", "1", "2"], document.Segments.Select(s => s.Properties["paragraph"]));
    }

    [Fact]
    public async Task ImportAsync_ParagraphOfSeveralSentences_WritesBackAsOneLine()
    {
        var importer = new TextPairImporter(new FullStopSegmenter(),
            new ScriptedAligner([B([0], [0]), B([1], [1]), B([2], [2])]));
        var document = await importer.ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes("It rained. We stayed home.\nThe end.\n")), "a.txt",
            new MemoryStream(Encoding.UTF8.GetBytes("Es regnete. Wir blieben zu Hause.\nEnde.\n")), "b.txt",
            "en", "de", ReadOptions.Default, CancellationToken.None);
        using var output = new MemoryStream();

        await new PlainTextWriter().WriteAsync(document, output, CancellationToken.None);

        Assert.Equal(["0", "0", "1"], document.Segments.Select(s => s.Properties["paragraph"]));
        Assert.Equal("Es regnete. Wir blieben zu Hause.\nEnde.\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task ImportAsync_AlignerSeesSentencesAndLanguages()
    {
        var aligner = new ScriptedAligner([B([0], [0]), B([1], [1])]);

        await ImportAsync("\uFEFFFirst.\r\nSecond.\r\n", "Erstens.\rZweitens.\r", [], aligner: aligner);

        Assert.Equal(["First.", "Second."], aligner.Source);
        Assert.Equal(["Erstens.", "Zweitens."], aligner.Target);
        Assert.Equal(("en", "de"), aligner.Languages);
    }

    [Fact]
    public async Task ImportAsync_Utf16Target_IsDecoded()
    {
        var target = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Привіт, світе.\r\n")).ToArray();

        var document = await ImportAsync(Encoding.UTF8.GetBytes("Hello, world.\n"), target, [B([0], [0])]);

        Assert.Equal("Привіт, світе.", Assert.Single(document.Segments).Target!.PlainText);
    }

    [Theory]
    [InlineData("", "Hallo.\n", "story.en.txt: the file is empty")]
    [InlineData("Hello.\n", "", "story.de.txt: the file is empty")]
    [InlineData(" \r\n\t\n", "Hallo.\n", "story.en.txt: the file holds only white space")]
    public async Task ImportAsync_EmptyFile_IsRefusedNamingIt(string source, string target, string expected)
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => ImportAsync(source, target, [B([0], [0])]));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_FileOverTheLimit_IsRefused()
    {
        var source = string.Concat(Enumerable.Repeat("A sentence of the source text.\n", 50));

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            ImportAsync(source, "Ein Satz.\n", [B([0], [0])], new ReadOptions { MaxBytes = 512 }));

        Assert.StartsWith("story.en.txt: the file is larger than the limit of 512 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_InvalidUtf8_NamesFileAndLine()
    {
        var target = Encoding.UTF8.GetBytes("Guten Tag.\n").Concat(new byte[] { 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2 }).ToArray();

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            ImportAsync(Encoding.UTF8.GetBytes("Good day.\nHello.\n"), target, [B([0], [0])]));

        Assert.StartsWith("story.de.txt:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_AlignerSkippingASentence_IsAnError()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ImportAsync("One.\nTwo.\n", "Eins.\nZwei.\n", [B([0], [0]), B([1], [])]));
    }

    [Fact]
    public async Task ImportAsync_FromDisk_ReadsBothFiles()
    {
        var folder = Directory.CreateTempSubdirectory("trv-pair-");
        try
        {
            var sourcePath = Path.Combine(folder.FullName, "letter.en.txt");
            var targetPath = Path.Combine(folder.FullName, "letter.fr.txt");
            await File.WriteAllTextAsync(sourcePath, "Dear Anna,\nSee you soon.\n");
            await File.WriteAllTextAsync(targetPath, "Chère Anna,\nÀ bientôt.\n");
            var importer = new TextPairImporter(new LineSegmenter(), new ScriptedAligner([B([0], [0]), B([1], [1])]));

            var document = await importer.ImportAsync(sourcePath, targetPath, "en", "fr", ReadOptions.Default, CancellationToken.None);

            Assert.Equal("letter.en.txt", document.Name);
            Assert.Equal("À bientôt.", document.Segments[1].Target!.PlainText);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ImportAsync_MissingTargetFile_SaysWhichOne()
    {
        var sourcePath = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(sourcePath, "Hello.\n");
            var importer = new TextPairImporter(new LineSegmenter(), new ScriptedAligner([B([0], [0])]));

            var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
                importer.ImportAsync(sourcePath, "/no/such/translation.de.txt", "en", "de", ReadOptions.Default, CancellationToken.None));

            Assert.Equal("/no/such/translation.de.txt: no such file", error.Message);
        }
        finally
        {
            File.Delete(sourcePath);
        }
    }

    /// <summary>Splits after ". " only: enough to give a paragraph several sentences.</summary>
    private sealed class FullStopSegmenter : Core.Segmentation.ISentenceSegmenter
    {
        public IReadOnlyList<string> Split(string text, string languageTag) =>
            text.Split(". ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.EndsWith('.') ? s : s + ".").ToList();
    }

    /// <summary>Returns the beads it was given and records what it was asked.</summary>
    private sealed class ScriptedAligner(IReadOnlyList<Bead> beads) : ISentenceAligner
    {
        public IReadOnlyList<string> Source { get; private set; } = [];

        public IReadOnlyList<string> Target { get; private set; } = [];

        public (string, string) Languages { get; private set; }

        public IReadOnlyList<Bead> Align(IReadOnlyList<string> source, IReadOnlyList<string> target, string sourceLanguage, string targetLanguage)
        {
            (Source, Target, Languages) = (source, target, (sourceLanguage, targetLanguage));
            return beads;
        }
    }
}
