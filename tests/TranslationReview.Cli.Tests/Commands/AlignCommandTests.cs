using System.Text.Json;
using System.Text.RegularExpressions;

namespace TranslationReview.Cli.Tests.Commands;

public partial class AlignCommandTests
{
    [Fact]
    public async Task Align_PresegmentedDevSet_EverySentenceInExactlyOneBeadInOrder()
    {
        var de = TestData.PathOf("align", "textberg-dev", "dev.de");
        var fr = TestData.PathOf("align", "textberg-dev", "dev.fr");

        var result = await Trv.RunAsync("align", "--source", de, "--target", fr, "--source-lang", "de", "--target-lang", "fr", "--presegmented");

        Assert.Equal(0, result.ExitCode);
        var sources = new List<int>();
        var targets = new List<int>();
        foreach (var line in result.Lines)
        {
            var match = BeadPattern().Match(line);
            Assert.True(match.Success, $"not a bead: {line}");
            sources.AddRange(Indices(match.Groups[1].Value));
            targets.AddRange(Indices(match.Groups[2].Value));
        }

        Assert.Equal(Enumerable.Range(0, File.ReadAllLines(de).Length), sources);
        Assert.Equal(Enumerable.Range(0, File.ReadAllLines(fr).Length), targets);
    }

    [Fact]
    public async Task Align_DroppedSentence_GivesOneToZeroBead()
    {
        using var folder = new TempFolder();
        var source = folder.Write("ru.txt", "Владимир Зеленский подписал заявку.\nРеакция НАТО последовала 30 сентября.\nЭксперты ожидают, что дискуссия в Брюсселе продлится ещё несколько недель.\nЙенс Столтенберг выступил с заявлением.");
        var target = folder.Write("en.txt", "Volodymyr Zelensky signed the application.\nNATO reacted on September 30.\nJens Stoltenberg made a statement.");

        var result = await Trv.RunAsync("align", "--source", source, "--target", target, "--source-lang", "ru", "--target-lang", "en", "--presegmented");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]"], result.Lines);
    }

    [Fact]
    public async Task Align_Json_CarriesTextsAndConfidence()
    {
        using var folder = new TempFolder();
        var source = folder.Write("de.txt", "Der Bundestag tagte am 4. Oktober. Annalena Baerbock sprach.");
        var target = folder.Write("fr.txt", "Le Bundestag a siégé le 4 octobre. Annalena Baerbock a parlé.");

        var result = await Trv.RunAsync("align", "--source", source, "--target", target, "--source-lang", "de", "--target-lang", "fr", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var beads = json.RootElement.GetProperty("beads");
        Assert.Equal(2, beads.GetArrayLength());
        Assert.Equal("Annalena Baerbock a parlé.", beads[1].GetProperty("targetText").GetString());
        var confidence = beads[1].GetProperty("confidence").GetDouble();
        Assert.InRange(confidence, 0.0, 1.0);
    }

    [Fact]
    public async Task Align_TmxOutput_IsAValidMemory()
    {
        using var folder = new TempFolder();
        var source = folder.Write("uk.txt", "Київ відповів швидко. Рішення ухвалили в Харкові.");
        var target = folder.Write("en.txt", "Kyiv answered quickly. The decision was made in Kharkiv.");
        var tmx = folder.File("aligned.tmx");

        var align = await Trv.RunAsync("align", "--source", source, "--target", target, "--source-lang", "uk", "--target-lang", "en", "--format", "tmx", "--output", tmx);
        var validate = await Trv.RunAsync("validate", tmx);

        Assert.Equal(0, align.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("2 segments", validate.Stdout, StringComparison.Ordinal);
        Assert.Contains("The decision was made in Kharkiv.", await File.ReadAllTextAsync(tmx), StringComparison.Ordinal);
    }

    private static IEnumerable<int> Indices(string list) =>
        list.Length == 0 ? [] : list.Split(", ").Select(int.Parse);

    [GeneratedRegex(@"^\[((?:\d+(?:, \d+)*)?)\]:\[((?:\d+(?:, \d+)*)?)\]$")]
    private static partial Regex BeadPattern();
}
