using System.Text.RegularExpressions;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public class IcuRegexTranslatorTests
{
    [Theory]
    [InlineData(@"\d++\.", @"(?>\d+)\.")]
    [InlineData(@"(ab)*+c", @"(?>(ab)*)c")]
    [InlineData(@"x{2,3}+", @"(?>x{2,3})")]
    [InlineData(@"a+?b", @"a+?b")]
    [InlineData(@"\Qe.g.\E", @"e\.g\.")]
    [InlineData(@"\p{Lu}\P{Ll}", @"\p{Lu}\P{Ll}")]
    [InlineData(@"\p{IsLu}\p{javaLowerCase}", @"\p{Lu}\p{Ll}")]
    [InlineData(@"\p{InGreek}", @"\p{IsGreek}")]
    [InlineData(@"\pL", @"\p{L}")]
    [InlineData(@"[\p{Alpha}\d]", @"[\p{L}\p{Nl}\d]")]
    [InlineData(@"[\w&&[^\d]]", @"[\w-[\d]]")]
    [InlineData(@"[a-c[x-z]]", @"[a-cx-z]")]
    [InlineData(@"\x{1F600}", @"(?:\uD83D\uDE00)")]
    [InlineData(@"(?u)abc", @"abc")]
    [InlineData(@"\0101\07", @"\u0041\u0007")]
    [InlineData(@"(?iu)abc", @"(?i)abc")]
    [InlineData(@"(?<=a)(?<!b)(?<name>c)", @"(?<=a)(?<!b)(?<name>c)")]
    public void Translate_IcuSyntax_BecomesDotNetSyntax(string icu, string expected) =>
        Assert.Equal(expected, IcuRegexTranslator.Translate(icu));

    [Theory]
    [InlineData(@"\h+", "a\u00A0\tb", true)]
    [InlineData(@"\h", "a\nb", false)]
    [InlineData(@"\v", "a\u2028b", true)]
    [InlineData(@"^a\Rb$", "a\r\nb", true)]
    [InlineData(@"\p{IsCyrillic}+", "Київ", true)]
    [InlineData(@"\p{IsLatin}", "Київ", false)]
    [InlineData(@"\p{Punct}", "«", true)]
    [InlineData(@"a++a", "aaaa", false)]
    public void Translate_TranslatedPattern_MatchesLikeIcu(string icu, string input, bool expected) =>
        Assert.Equal(expected, Regex.IsMatch(input, IcuRegexTranslator.Translate(icu)));

    [Theory]
    [InlineData(@"\X", @"'\X' is not supported")]
    [InlineData(@"\N{DIGIT ONE}", @"'\N' is not supported")]
    [InlineData(@"[\H]", "inside a character class")]
    [InlineData(@"[a-z&&[aeiou]]", "class intersection")]
    [InlineData(@"[abc", "not closed")]
    [InlineData(@"*a", "nothing to repeat")]
    [InlineData(@"\p{Klingon}", "unknown Unicode property 'Klingon'")]
    [InlineData(@"\x{110000}", "valid code point")]
    public void Translate_UnsupportedConstruct_FailsSayingWhat(string icu, string reason)
    {
        var error = Assert.Throws<FormatException>(() => IcuRegexTranslator.Translate(icu));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
