using System.Text.Json;

namespace TranslationReview.Cli.Tests.Commands;

public class CheckCommandTests
{
    private static readonly string Kharkiv = TestData.ProjectPath("samples", "kharkiv-uk-en");

    [Fact]
    public async Task Check_KharkivSample_JsonWithPlantedErrorsAndScore()
    {
        var result = await Trv.RunAsync("check", "--source", Path.Combine(Kharkiv, "source.uk.txt"), "--target", Path.Combine(Kharkiv, "target.en.txt"),
            "--source-lang", "uk", "--target-lang", "en", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var segments = json.RootElement.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, segments.Count), segments.Select(s => s.GetProperty("index").GetInt32()));
        var issues = json.RootElement.GetProperty("issues").EnumerateArray().ToList();

        var number = Assert.Single(issues, i => i.GetProperty("check").GetString() == "number.mismatch");
        Assert.Equal(("number", "major", "48 million"), (number.GetProperty("category").GetString(), number.GetProperty("severity").GetString(),
            number.GetProperty("suggestion").GetString()));
        AssertSpan(segments, number, "target", "84 million");
        AssertSpan(segments, number, "source", "48 мільйонів");

        var omission = Assert.Single(issues, i => i.GetProperty("check").GetString() == "segment.empty");
        Assert.Equal(JsonValueKind.Null, omission.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, omission.GetProperty("suggestion").ValueKind);
        AssertSpan(segments, omission, "source", "Детальну схему обʼїзду оприлюднено на офіційному сайті міської ради.");

        var score = json.RootElement.GetProperty("score");
        var words = score.GetProperty("words").GetInt32();
        var penalty = score.GetProperty("penalty").GetInt32();
        Assert.InRange(words, 250, 320);
        Assert.True(penalty >= 10, "the two major errors cost at least 10 points");
        Assert.Equal(Math.Round(100 * (1 - ((double)penalty / words)), 1), score.GetProperty("mqm").GetDouble());
    }

    [Fact]
    public async Task Check_CorrectedSample_NoNumberOrSegmentIssues()
    {
        var result = await Trv.RunAsync("check", "--source", Path.Combine(Kharkiv, "source.uk.txt"), "--target", Path.Combine(Kharkiv, "target.corrected.en.txt"),
            "--source-lang", "uk", "--target-lang", "en");

        using var json = JsonDocument.Parse(result.Stdout);
        var checks = json.RootElement.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("check").GetString()!).ToList();
        Assert.DoesNotContain(checks, c => c.StartsWith("number.", StringComparison.Ordinal) || c.StartsWith("date.", StringComparison.Ordinal)
            || c.StartsWith("segment.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_TsvWithCharactersOutsideTheBmp_OffsetsInUtf16CodeUnits()
    {
        using var folder = new TempFolder();
        var input = folder.Write("news.tsv", "🇺🇦 В результате обстрела погибли 12 человек.\t🇺🇦 21 people were killed in the shelling.\n");

        var result = await Trv.RunAsync("check", "--input", input, "--source-lang", "ru", "--target-lang", "en");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var issue = Assert.Single(json.RootElement.GetProperty("issues").EnumerateArray());
        // The flag is two surrogate pairs: four UTF-16 code units, then a space.
        Assert.Equal(5, issue.GetProperty("target").GetProperty("start").GetInt32());
        Assert.Equal(2, issue.GetProperty("target").GetProperty("length").GetInt32());
        Assert.Equal(1, issue.GetProperty("segment").GetInt32());
    }

    [Fact]
    public async Task Check_TextFormat_OneLinePerIssueThenScore()
    {
        using var folder = new TempFolder();
        var input = folder.Write("news.tsv",
            "В результате обстрела погибли 12 человек.\t21 people were killed in the shelling.\n"
            + "Совет Федерации проголосует 4 октября.\tThe Federation Council will vote on October 4.\n"
            + "Референдум завершился 27 сентября.\tThe referendum ended on September 17.\n");

        var result = await Trv.RunAsync("check", "--input", input, "--source-lang", "ru", "--target-lang", "en", "--format", "text");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "segment 1: major number number.mismatch: “21” in the target does not match “12” in the source. (suggest: 12)",
            "score: mqm 33.3 (words 15, penalty 10, issues 2)",
        ], [result.Lines[0], result.Lines[^1]]);
        Assert.StartsWith("segment 3: major number date.mismatch: ", result.Lines[1], StringComparison.Ordinal);
        Assert.EndsWith("(suggest: September 27)", result.Lines[1], StringComparison.Ordinal);
        Assert.Equal(3, result.Lines.Length);
    }

    [Fact]
    public async Task Check_OnlyMinorIssues_ExitZeroWithLocaleConvention()
    {
        using var folder = new TempFolder();
        var input = folder.Write("works.tsv", "Робітники вже замінили 3,5 кілометра рейок.\tWorkers have already replaced 3,5 kilometres of track.\n");

        var result = await Trv.RunAsync("check", "--input", input, "--source-lang", "uk", "--target-lang", "en");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var issue = Assert.Single(json.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal(("locale convention", "minor", "3.5"),
            (issue.GetProperty("category").GetString(), issue.GetProperty("severity").GetString(), issue.GetProperty("suggestion").GetString()));
        // One minor error (1 point) in six source words.
        Assert.Equal(83.3, json.RootElement.GetProperty("score").GetProperty("mqm").GetDouble());
    }

    [Fact]
    public async Task Check_XliffInputWithGlossaryAndOutputFile_WritesReport()
    {
        using var folder = new TempFolder();
        var xliff = folder.Write("doc.xlf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="doc.txt" source-language="ru" target-language="en" datatype="plaintext">
                <body>
                  <trans-unit id="1"><source>И всё.</source><target>И всё.</target></trans-unit>
                  <trans-unit id="2"><source>Генсек НАТО Йенс Столтенберг.</source><target>NATO Secretary General Jens Stoltenberg.</target></trans-unit>
                </body>
              </file>
            </xliff>
            """);
        var report = folder.File("report.json");

        var result = await Trv.RunAsync("check", "--input", xliff, "--source-lang", "ru", "--target-lang", "en",
            "--glossary", TestData.ProjectPath("samples", "nato-accession-ru-en", "glossary.csv"), "--output", report);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var issue = Assert.Single(json.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("check").GetString() == "segment.untranslated");
        Assert.Equal(1, issue.GetProperty("segment").GetInt32());
        Assert.Equal("И всё.", json.RootElement.GetProperty("segments")[0].GetProperty("target").GetString());
    }

    [Fact]
    public async Task Check_MissingInputFile_ExitTwoNamingTheFile()
    {
        var result = await Trv.RunAsync("check", "--input", "/nonexistent/review.tsv", "--source-lang", "ru", "--target-lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("review.tsv", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Check_UnreadableGlossary_ExitTwo()
    {
        using var folder = new TempFolder();
        var input = folder.Write("doc.tsv", "И всё.\tAnd that's it.\n");
        var glossary = folder.Write("terms.csv", "this is not,a glossary header\nx,y\n");

        var result = await Trv.RunAsync("check", "--input", input, "--source-lang", "ru", "--target-lang", "en", "--glossary", glossary);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("terms.csv", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--source-lang", "ru", "--target-lang", "en")]
    [InlineData("--input", "a.tsv", "--source", "a.txt", "--target", "b.txt", "--source-lang", "ru", "--target-lang", "en")]
    [InlineData("--target", "b.txt", "--source-lang", "ru", "--target-lang", "en")]
    [InlineData("--input", "a.tsv", "--target-lang", "en")]
    [InlineData("--input", "a.tsv", "--source-lang", "ru", "--target-lang", "en", "--format", "xml")]
    [InlineData("--input", "a.tsv", "--source-lang", "ru", "--target-lang", "en", "--presegmented")]
    public async Task Check_WrongUsage_ExitTwo(params string[] args)
    {
        var result = await Trv.RunAsync(["check", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("trv check --help", result.Stderr, StringComparison.Ordinal);
    }

    private static void AssertSpan(List<JsonElement> segments, JsonElement issue, string side, string text)
    {
        var span = issue.GetProperty(side);
        var segmentText = segments[issue.GetProperty("segment").GetInt32() - 1].GetProperty(side).GetString()!;
        Assert.Equal(text, span.GetProperty("text").GetString());
        Assert.Equal(text, segmentText.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
    }
}
