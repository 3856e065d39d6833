namespace TranslationReview.Cli.Tests.Commands;

public class ConvertCommandTests
{
    private const string Pairs = "Київ відповів.\tKyiv answered.\nЗеленський підписав заявку.\tZelensky signed the application.\n";

    [Theory]
    [InlineData("xliff")]
    [InlineData("xliff12")]
    [InlineData("tmx")]
    public async Task Convert_TsvThroughFormatAndBack_KeepsEverySegment(string format)
    {
        using var folder = new TempFolder();
        var tsv = folder.Write("pairs.tsv", Pairs);
        var middle = folder.File("pairs." + format);
        var back = folder.File("back.tsv");

        var first = await Trv.RunAsync("convert", "--input", tsv, "--format", format, "--output", middle, "--source-lang", "uk", "--target-lang", "en");
        var second = await Trv.RunAsync("convert", "--input", middle, "--format", "tsv", "--output", back);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(Pairs, await File.ReadAllTextAsync(back));
    }

    [Fact]
    public async Task Convert_ToTxt_WritesTheTargetText()
    {
        using var folder = new TempFolder();
        var tsv = folder.Write("pairs.tsv", Pairs);

        var result = await Trv.RunAsync("convert", "--input", tsv, "--format", "txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Kyiv answered.", "Zelensky signed the application."], result.Lines);
    }

    [Fact]
    public async Task Convert_OkapiXliff12ToXliff2_OutputValidates()
    {
        using var folder = new TempFolder();
        var output = folder.File("out.xlf");

        var convert = await Trv.RunAsync("convert", "--input", TestData.PathOf("okapi", "xliff-1.2", "test1_es.xlf"), "--format", "xliff", "--output", output);
        var validate = await Trv.RunAsync("validate", output);

        Assert.Equal(0, convert.ExitCode);
        Assert.Equal(0, validate.ExitCode);
    }

    [Fact]
    public async Task Convert_MalformedXliff_ExitOneWithPositionAndNoOutputFile()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.xlf", "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\">\n  <file id=\"f1\">\n    <unit id=\"u1\"><segment><source>Kyiv</segment></unit>\n  </file>\n</xliff>\n");
        var output = folder.File("out.tsv");

        var result = await Trv.RunAsync("convert", "--input", broken, "--format", "tsv", "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^trv: (.*/)?broken\.xlf:4:\d+: ", result.Stderr);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*partial*"));
    }
}
