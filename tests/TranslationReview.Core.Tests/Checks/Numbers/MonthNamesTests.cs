using TranslationReview.Core.Checks.Numbers;

namespace TranslationReview.Core.Tests.Checks.Numbers;

public class MonthNamesTests
{
    [Theory]
    [InlineData("ru", "январь", 1)]
    [InlineData("ru", "Сентябрь", 9)]
    [InlineData("ru", "декабря", 12)]
    [InlineData("ru", "мае", 5)]
    [InlineData("uk", "січень", 1)]
    [InlineData("uk", "лютий", 2)]
    [InlineData("uk", "лютого", 2)]
    [InlineData("uk", "Листопад", 11)]
    [InlineData("uk", "вересні", 9)]
    [InlineData("en", "Sept", 9)]
    [InlineData("en", "december", 12)]
    public void Month_NominativeGenitiveAndLocativeForms_MonthNumber(string language, string form, int month) =>
        Assert.Equal(month, MonthNames.Month(form, language));

    [Theory]
    [InlineData("ru", "вересня")]
    [InlineData("uk", "сентября")]
    [InlineData("en", "октября")]
    public void Month_FormOfAnotherLanguage_Null(string language, string form) =>
        Assert.Null(MonthNames.Month(form, language));
}
