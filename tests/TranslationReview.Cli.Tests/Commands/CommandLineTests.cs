namespace TranslationReview.Cli.Tests.Commands;

public class CommandLineTests
{
    [Theory]
    [InlineData("segment")]
    [InlineData("align")]
    [InlineData("convert")]
    [InlineData("validate")]
    [InlineData("score")]
    [InlineData("diff")]
    public async Task Help_EveryCommand_PrintsUsageAndExitsZero(string command)
    {
        var result = await Trv.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Usage: trv {command}", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoArguments_ListsCommandsAndExitsTwo()
    {
        var result = await Trv.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("align", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("validate", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "translate" }, "unknown command 'translate'")]
    [InlineData(new[] { "segment" }, "--lang is required")]
    [InlineData(new[] { "segment", "--lang" }, "--lang needs a value")]
    [InlineData(new[] { "segment", "--lang", "en", "--colour", "red" }, "unknown option --colour")]
    [InlineData(new[] { "segment", "--lang", "english!" }, "language tag")]
    [InlineData(new[] { "align", "--source", "a.txt", "--target", "b.txt", "--source-lang", "ru", "--target-lang", "en", "--format", "csv" }, "--format must be one of beads, tsv, tmx, json")]
    [InlineData(new[] { "convert", "--input", "a.xlf" }, "--format is required")]
    [InlineData(new[] { "validate" }, "name at least one file")]
    public async Task WrongUsage_OneLineOnStderrAndExitTwo(string[] args, string expected)
    {
        var result = await Trv.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
