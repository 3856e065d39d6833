using TranslationReview.Core.Names;

namespace TranslationReview.Core.Tests.Names;

public class NameKeysTests
{
    [Theory]
    [InlineData("Харкова", "харків")]
    [InlineData("Харкові", "харків")]
    [InlineData("Києва", "київ")]
    [InlineData("Миколаєва", "миколаїв")]
    [InlineData("Тернополя", "тернопіль")]
    [InlineData("Львовом", "львів")]
    [InlineData("Зеленського", "зеленський")]
    [InlineData("Зеленского", "зеленский")]
    [InlineData("Запорожской", "запорожская")]
    [InlineData("Коваленка", "коваленко")]
    [InlineData("Салтівки", "салтівка")]
    public void Nominative_CaseForm_CandidatesIncludeTheNominative(string form, string nominative)
    {
        var ukrainian = !form.Contains('ы') && form != "Зеленского" && form != "Запорожской";

        Assert.Contains(nominative, NameKeys.Nominative(form, ukrainian));
    }
}
