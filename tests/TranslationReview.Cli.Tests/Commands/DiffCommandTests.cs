using System.Text.Json;

namespace TranslationReview.Cli.Tests.Commands;

public class DiffCommandTests
{
    private const string EngineA = "Annalena Berbock visited Kiev.\nThe talks lasted two hours.\nPresident Vladimir Zelensky thanked her.\n";
    private const string EngineB = "Annalena Baerbock visited Kyiv.\nThe talks lasted two hours.\nPresident Volodymyr Zelensky thanked her.\n";

    [Fact]
    public async Task Diff_Text_ChangedLinesWithWdiffMarks()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("diff", "--a", folder.Write("a.txt", EngineA), "--b", folder.Write("b.txt", EngineB));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "1: Annalena [-Berbock-]{+Baerbock+} visited [-Kiev-]{+Kyiv+}.",
                "3: President [-Vladimir-]{+Volodymyr+} Zelensky thanked her.",
            ],
            result.Lines);
    }

    [Fact]
    public async Task Diff_TextAll_IncludesUnchangedLines()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("diff", "--a", folder.Write("a.txt", EngineA), "--b", folder.Write("b.txt", EngineB), "--all");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Lines.Length);
        Assert.Equal("2: The talks lasted two hours.", result.Lines[1]);
    }

    [Fact]
    public async Task Diff_Json_SpansWithLetterDetail()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("diff", "--a", folder.Write("a.txt", EngineA), "--b", folder.Write("b.txt", EngineB), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var lines = json.RootElement.GetProperty("lines");
        Assert.Equal([1, 3], lines.EnumerateArray().Select(l => l.GetProperty("line").GetInt32()));
        var spans = lines[1].GetProperty("spans").EnumerateArray().ToArray();
        Assert.Equal(["equal", "delete", "insert", "equal"], spans.Select(s => s.GetProperty("op").GetString()));
        Assert.Equal("Vladimir", spans[1].GetProperty("text").GetString());
        Assert.Equal("Volodymyr", spans[2].GetProperty("text").GetString());
        var inserted = spans[2].GetProperty("chars").EnumerateArray()
            .Where(c => c.GetProperty("op").GetString() == "insert").Select(c => c.GetProperty("text").GetString());
        Assert.Equal("ooyy", string.Concat(inserted)); // V+o l a→o d i→y m i→y r
        var baerbock = lines[0].GetProperty("spans")[2].GetProperty("chars").EnumerateArray().ToArray();
        Assert.Equal(["B", "a", "erbock"], baerbock.Select(c => c.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Diff_Html_EncodesAllTextAndMarksChanges()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.txt", "Click <script>alert('x')</script> & go to Kiev\n");
        var b = folder.Write("b.txt", "Click <script>alert(\"y\")</script> & go to Kyiv\n");

        var result = await Trv.RunAsync("diff", "--a", a, "--b", b, "--format", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("&amp; go to", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<del>Ki<mark>e</mark>v</del><ins>K<mark>y</mark>iv</ins>", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_DifferentLineCounts_Exit1NamingBothFiles()
    {
        using var folder = new TempFolder();
        var a = folder.Write("engine-a.txt", EngineA);
        var b = folder.Write("engine-b.txt", "Annalena Baerbock visited Kyiv.\n");

        var result = await Trv.RunAsync("diff", "--a", a, "--b", b);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("engine-a.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("engine-b.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("3 lines", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("has 1", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task Diff_IdenticalFiles_NoOutputExit0()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("diff", "--a", folder.Write("a.txt", EngineA), "--b", folder.Write("b.txt", EngineA.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData("--b", "b.txt")]
    [InlineData("--a", "a.txt", "--b", "b.txt", "--format", "pdf")]
    [InlineData("--a", "a.txt", "--b", "b.txt", "--color")]
    public async Task Diff_WrongUsage_Exit2(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", EngineA);
        folder.Write("b.txt", EngineB);

        var result = await Trv.RunAsync(["diff", .. args.Select(a => a.EndsWith(".txt", StringComparison.Ordinal) ? folder.File(a) : a)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("trv diff --help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_MissingFile_Exit1()
    {
        using var folder = new TempFolder();

        var result = await Trv.RunAsync("diff", "--a", folder.File("missing.txt"), "--b", folder.Write("b.txt", EngineB));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_Help_DescribesFormats()
    {
        var result = await Trv.RunAsync("diff", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[-deleted-]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--format text|json|html", result.Stdout, StringComparison.Ordinal);
    }
}
