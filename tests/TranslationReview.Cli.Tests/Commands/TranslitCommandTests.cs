namespace TranslationReview.Cli.Tests.Commands;

public class TranslitCommandTests
{
    [Fact]
    public async Task Translit_UkrainianArguments_Kmu2010ByDefault()
    {
        var result = await Trv.RunAsync("translit", "--lang", "uk-UA", "Володимир", "Зеленський,", "Харків", "і", "Запоріжжя");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Volodymyr Zelenskyi, Kharkiv i Zaporizhzhia"], result.Lines);
    }

    [Fact]
    public async Task Translit_RussianStdin_OneOutputLinePerInputLine()
    {
        var result = await Trv.RunWithInputAsync("Владимир Путин\r\nСергей Лавров\n\nЁлки\n", "translit", "--lang", "ru");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Vladimir Putin\nSergey Lavrov\n\nYelki\n", result.Stdout);
    }

    [Theory]
    [InlineData("conventional", "Sergei Lavrov, Yury Gagarin")]
    [InlineData("iso9", "Sergej Lavrov, Ûrij Gagarin")]
    [InlineData("bgn-pcgn", "Sergey Lavrov, Yuriy Gagarin")]
    public async Task Translit_RussianSchemes_EachFollowsItsTable(string scheme, string expected)
    {
        var result = await Trv.RunAsync("translit", "--lang", "ru", "--scheme", scheme, "Сергей Лавров, Юрий Гагарин");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([expected], result.Lines);
    }

    [Theory]
    [InlineData("ru", "kmu2010", "the kmu2010 scheme is not for 'ru' text")]
    [InlineData("uk", "conventional", "the conventional scheme is not for 'uk' text")]
    [InlineData("uk", "gost", "--scheme must be one of")]
    [InlineData("de", "iso9", "--lang must be uk or ru (got 'de')")]
    public async Task Translit_InvalidLanguageOrScheme_ExitTwoWithOneLine(string language, string scheme, string message)
    {
        var result = await Trv.RunAsync("translit", "--lang", language, "--scheme", scheme, "Київ");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
