using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public partial class SrxSegmenterTests
{
    [Theory]
    [InlineData("it", "Il file è pronto. Controllalo, per favore.", "Il file è pronto.", "Controllalo, per favore.")]
    [InlineData("pl-PL", "Plik jest gotowy. Sprawdź go! Dziękuję.", "Plik jest gotowy.", "Sprawdź go!", "Dziękuję.")]
    [InlineData("es", "¿Vienes mañana? Sí, a las 3.30 en punto.", "¿Vienes mañana?", "Sí, a las 3.30 en punto.")]
    [InlineData("pt-BR", "Veja o site exemplo.com.br/ajuda. Depois responda.", "Veja o site exemplo.com.br/ajuda.", "Depois responda.")]
    [InlineData("ja", "今日は晴れです。明日は雨です。", "今日は晴れです。", "明日は雨です。")]
    [InlineData("ja", "彼は「はい。」と言った。それから帰った。", "彼は「はい。」と言った。", "それから帰った。")]
    [InlineData("zh-CN", "文件已准备好。请检查！谢谢。", "文件已准备好。", "请检查！", "谢谢。")]
    public void Split_LanguageWithoutOwnRules_UsesGenericFallback(string language, string text, params string[] expected) =>
        Assert.Equal(expected, SrxSegmenter.Default.Split(text, language));
}
