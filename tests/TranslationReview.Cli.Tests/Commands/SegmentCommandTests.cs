namespace TranslationReview.Cli.Tests.Commands;

public class SegmentCommandTests
{
    [Fact]
    public async Task Segment_RussianFromStdin_OneSentencePerLine()
    {
        var result = await Trv.RunWithInputAsync(
            "Президент В. В. Путин подписал указ. Бюджет составит 5,3 млрд. руб. в год. Что дальше?\nНовый абзац.",
            "segment", "--lang", "ru");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["Президент В. В. Путин подписал указ.", "Бюджет составит 5,3 млрд. руб. в год.", "Что дальше?", "Новый абзац."],
            result.Lines);
    }

    [Fact]
    public async Task Segment_EnglishFile_KeepsAbbreviationsAndInitials()
    {
        using var folder = new TempFolder();
        var file = folder.Write("in.txt", "Mr. J. R. R. Tolkien arrived at 10 a.m. on Monday. He left, e.g. by train.");

        var result = await Trv.RunAsync("segment", "--lang", "en", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Mr. J. R. R. Tolkien arrived at 10 a.m. on Monday.", "He left, e.g. by train."], result.Lines);
    }

    [Fact]
    public async Task Segment_UserSrx_ReplacesTheDefaults()
    {
        using var folder = new TempFolder();
        var srx = folder.Write("semicolon.srx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
              <header segmentsubflows="yes" cascade="no"/>
              <body>
                <languagerules>
                  <languagerule languagerulename="Semicolons">
                    <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\s</afterbreak></rule>
                  </languagerule>
                </languagerules>
                <maprules>
                  <languagemap languagepattern=".*" languagerulename="Semicolons"/>
                </maprules>
              </body>
            </srx>
            """);

        var result = await Trv.RunWithInputAsync("One. Two; three.", "segment", "--lang", "en", "--srx", srx);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["One. Two;", "three."], result.Lines);
    }

    [Fact]
    public async Task Segment_MissingFile_ExitOneNamingTheFile()
    {
        var result = await Trv.RunAsync("segment", "--lang", "en", "/nonexistent/article.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/article.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segment_Windows1251Input_ExitOneWithLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("cp1251.txt");
        await File.WriteAllBytesAsync(file, [.. "Kyiv.\n"u8.ToArray(), 0xCA, 0xE8, 0xE5, 0xE2]);

        var result = await Trv.RunAsync("segment", "--lang", "ru", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cp1251.txt:2", result.Stderr, StringComparison.Ordinal);
    }
}
