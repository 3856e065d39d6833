using System.Text;
using System.Text.Json;

namespace TranslationReview.Cli.Tests.Commands;

public class ScoreCommandTests
{
    private const string Hypotheses = "Vladimir Zelensky signed the law.\nThe parliament adopted the budget.\n";
    private const string References = "Volodymyr Zelensky signed the law.\nThe parliament adopted the budget.\n";

    [Fact]
    public async Task Score_ChrfJson_ExactShapeWithTwoDecimals()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("score", "--metric", "chrf", "--hyp", folder.Write("hyp.txt", Hypotheses),
            "--ref", folder.Write("ref.txt", References), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches("""^\{"metric": "chrf", "corpus": \d+\.\d\d, "segments": \[\d+\.\d\d, 100\.00\]\}\n$""", result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        var first = json.RootElement.GetProperty("segments")[0].GetDouble();
        Assert.InRange(first, 60, 99.99);
        Assert.InRange(json.RootElement.GetProperty("corpus").GetDouble(), first, 100);
    }

    [Fact]
    public async Task Score_TerText_CorpusLineThenOneLinePerSegment()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("score", "--metric", "ter", "--hyp", folder.Write("hyp.txt", "Vladimir Zelensky signed\nthe law was adopted"),
            "--ref", folder.Write("ref.txt", "Volodymyr Zelensky signed\nthe law was adopted\n"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["corpus\t14.29", "1\t33.33", "2\t0.00"], result.Lines);
    }

    [Fact]
    public async Task Score_EditOnUtf16Reference_ReadsBothEncodings()
    {
        using var folder = new TempFolder();
        var reference = folder.File("ref.txt");
        await File.WriteAllTextAsync(reference, "Kyiv\r\nЛьвів\r\n", new UnicodeEncoding(false, true));

        var result = await Trv.RunAsync("score", "--metric", "edit", "--hyp", folder.Write("hyp.txt", "Kiev\nЛьвів\n"), "--ref", reference, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        // Kiev→Kyiv: 2 edits in 4 characters (50); corpus 1 − 2 / (4 + 5) = 77.78.
        Assert.Equal("{\"metric\": \"edit\", \"corpus\": 77.78, \"segments\": [50.00, 100.00]}", result.Stdout.TrimEnd('\n'));
    }

    [Fact]
    public async Task Score_DifferentLineCounts_ExitOneNamingBothFilesAndCounts()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("score", "--metric", "chrf", "--hyp", folder.Write("mt.txt", "one\ntwo\nthree\n"),
            "--ref", folder.Write("human.txt", "one\ntwo\n"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mt.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("3 lines", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("human.txt has 2", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("--metric", "bleu", "--hyp", "a.txt", "--ref", "b.txt")]
    [InlineData("--hyp", "a.txt", "--ref", "b.txt")]
    [InlineData("--metric", "chrf", "--ref", "b.txt")]
    [InlineData("--metric", "chrf", "--hyp", "a.txt", "--ref", "b.txt", "--format", "xml")]
    public async Task Score_WrongUsage_ExitTwo(params string[] args)
    {
        var result = await Trv.RunAsync(["score", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("trv score --help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_Help_DescribesTheMetrics()
    {
        var result = await Trv.RunAsync("score", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--metric chrf|ter|edit", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("sacreBLEU", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_MissingFile_ExitOneNamingIt()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("score", "--metric", "ter", "--hyp", "/nonexistent/mt.txt", "--ref", folder.Write("ref.txt", "a\n"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/mt.txt", result.Stderr, StringComparison.Ordinal);
    }
}
