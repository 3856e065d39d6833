using TranslationReview.Core.Names;

namespace TranslationReview.Core.Tests.Names;

public class SourceNameFinderTests
{
    [Theory]
    [InlineData("Глава киевского режима Владимир Зеленский подписал заявку.", "киевского|Владимир Зеленский")]
    [InlineData("Президент В. В. Путин подписал указ.", "В. В. Путин")]
    [InlineData("Делегація прибула до Білої Церкви, а потім до Харкова.", "Білої Церкви|Харкова")]
    [InlineData("Осторожность американцев объясняется просто.", "")]
    [InlineData("Коваленко попросив мешканців потерпіти.", "Коваленко")]
    [InlineData("Харківська міська рада оголосила про старт проєктів.", "Харківська")]
    [InlineData("Паралельно КП «Міськелектротранс» відновлює лінію.", "Міськелектротранс")]
    [InlineData("НАТО и ФРГ заявили о поддержке.", "")]
    public void Find_Sentences_NamesWithTheirWords(string text, string expected)
    {
        var names = SourceNameFinder.Find(text).Select(n => n.Text);

        Assert.Equal(expected, string.Join('|', names));
    }

    [Fact]
    public void Find_Name_OffsetsPointIntoTheText()
    {
        const string text = "Правда, лишь для Владимира Зеленского.";

        var name = Assert.Single(SourceNameFinder.Find(text));

        Assert.Equal("Владимира Зеленского", text.Substring(name.Start, name.Length));
        Assert.Equal(["Владимира", "Зеленского"], name.Words.Select(w => text.Substring(w.Start, w.Length)));
    }

    [Theory]
    [InlineData("Зеленський", "Зеленського", "Зеленському", "Зеленським")]
    [InlineData("Харків", "Харкова", "Харкові", "Харковом")]
    [InlineData("Київ", "Києва", "Києві", "Киев")]
    [InlineData("Коваленко", "Коваленка", "Коваленкові", "Коваленком")]
    [InlineData("Одеса", "Одеси", "Одесі", "Одесою")]
    [InlineData("Путин", "Путина", "Путину", "Путиным")]
    public void Find_CaseForms_ShareOneKey(string nominative, string form1, string form2, string form3)
    {
        var keys = new[] { nominative, form1, form2, form3 }.Select(w => Assert.Single(SourceNameFinder.Find("Про " + w + " пишуть.")).Words[0].Key).Distinct();

        Assert.Single(keys);
    }
}
