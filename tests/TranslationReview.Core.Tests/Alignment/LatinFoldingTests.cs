using TranslationReview.Core.Alignment;

namespace TranslationReview.Core.Tests.Alignment;

public class LatinFoldingTests
{
    [Theory]
    [InlineData("Зеленский", "Zelensky")]
    [InlineData("Зеленський", "Zelenskyy")]
    [InlineData("Зеленский", "Zelenskyi")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Шойгу", "Shoigu")]
    [InlineData("Вашингтона", "Washington")]
    [InlineData("Expedition", "expédition")]
    [InlineData("Dyhrenfurth", "DYHRENFURTH")]
    public void SkeletonKey_SameNameInTwoScriptsOrSpellings_Matches(string one, string other)
    {
        Assert.Equal(LatinFolding.SkeletonKey(one), LatinFolding.SkeletonKey(other));
    }

    [Theory]
    [InlineData("Зеленский", "Zaluzhny")]
    [InlineData("Путин", "Poroshenko")]
    [InlineData("Everest", "Lhotse")]
    public void SkeletonKey_DifferentNames_Differ(string one, string other)
    {
        Assert.NotEqual(LatinFolding.SkeletonKey(one), LatinFolding.SkeletonKey(other));
    }

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("Київ", "kiyiv")]
    [InlineData("Ærø", "aero")]
    public void Fold_AccentedOrCyrillicWord_GivesLowerCaseLatin(string word, string folded)
    {
        Assert.Equal(folded, LatinFolding.Fold(word));
    }
}
