namespace TranslationReview.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validate_GoodAndBadFiles_ReportsEachAndExitsOne()
    {
        var good = TestData.PathOf("okapi", "tmx", "sample14b.tmx");
        var bad = TestData.PathOf("xliff-2.1-test-suite", "core", "invalid", "bad_DataIdNotUnique.xlf");

        var result = await Trv.RunAsync("validate", good, bad);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(good + ": ok", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"^.*bad_DataIdNotUnique\.xlf:\d+:\d+: .+", result.Stderr.Trim());
    }

    [Fact]
    public async Task Validate_XxeAttempt_RefusedWithoutReadingTheFile()
    {
        using var folder = new TempFolder();
        var evil = folder.Write("evil.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\"><file id=\"f\"><unit id=\"u\"><segment><source>&xxe;</source></segment></unit></file></xliff>\n");

        var result = await Trv.RunAsync("validate", evil);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("evil.xlf:2:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Stderr + result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FileOverSizeLimit_Refused()
    {
        var sample = TestData.PathOf("okapi", "tmx", "sample14b.tmx");

        var result = await Trv.RunAsync("validate", "--max-size", "0.001", sample);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("larger than the limit", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AllValidXliff21SuiteFiles_Ok()
    {
        var files = Directory.GetFiles(TestData.PathOf("xliff-2.1-test-suite", "core", "valid"), "*.xlf");

        var result = await Trv.RunAsync(["validate", .. files]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(files.Length, result.Lines.Length);
    }
}
