using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Tests.Segmentation;

public partial class SrxSegmenterTests
{
    private const string DoctorText = "Ask Dr. Watson. He knows.";

    [Fact]
    public async Task Split_ExceptionBeforeBreakRule_FirstRuleWins()
    {
        var segmenter = await SrxFixture.LoadAsync(SrxFixture.SingleRule(SrxFixture.KeepDoctor + SrxFixture.BreakAtFullStop));

        Assert.Equal(["Ask Dr. Watson.", "He knows."], segmenter.Split(DoctorText, "en"));
    }

    [Fact]
    public async Task Split_BreakRuleBeforeException_FirstRuleWins()
    {
        var segmenter = await SrxFixture.LoadAsync(SrxFixture.SingleRule(SrxFixture.BreakAtFullStop + SrxFixture.KeepDoctor));

        Assert.Equal(["Ask Dr.", "Watson.", "He knows."], segmenter.Split(DoctorText, "en"));
    }

    [Theory]
    [InlineData(true, "en-GB", new[] { "Ask Dr. Watson.", "He knows." })]
    [InlineData(false, "en-GB", new[] { "Ask Dr. Watson. He knows." })]
    [InlineData(true, "de", new[] { "Ask Dr.", "Watson.", "He knows." })]
    [InlineData(false, "de", new[] { "Ask Dr.", "Watson.", "He knows." })]
    public async Task Split_Cascade_AppliesAllMatchingMapsOrOnlyTheFirst(bool cascade, string language, string[] expected)
    {
        var srx = SrxFixture.Document(cascade,
            [("English", SrxFixture.KeepDoctor), ("Default", SrxFixture.BreakAtFullStop)],
            [("en.*", "English"), (".*", "Default")]);
        var segmenter = await SrxFixture.LoadAsync(srx);

        Assert.Equal(expected, segmenter.Split(DoctorText, language));
    }

    [Theory]
    [InlineData("de-CH", 2)]
    [InlineData("DE", 2)]
    [InlineData("den", 1)]
    [InlineData("fr", 1)]
    public async Task Split_LanguagePattern_MustMatchTheWholeTagIgnoringCase(string language, int expectedSegments)
    {
        var srx = SrxFixture.Document(false,
            [("German", SrxFixture.BreakAtFullStop)],
            [("de(-.*)?", "German")]);
        var segmenter = await SrxFixture.LoadAsync(srx);

        Assert.Equal(expectedSegments, segmenter.Split("Eins. Zwei.", language).Count);
    }

    [Fact]
    public async Task Split_NoMatchingLanguageMap_SplitsOnlyAtLineBreaks()
    {
        var srx = SrxFixture.Document(false, [("German", SrxFixture.BreakAtFullStop)], [("de.*", "German")]);
        var segmenter = await SrxFixture.LoadAsync(srx);

        Assert.Equal(["One. Two.", "Three."], segmenter.Split("One. Two.\nThree.", "en"));
    }

    [Fact]
    public async Task Split_RuleThatNeverBreaksAcrossLines_LineBreakStillEndsSegment()
    {
        var noBreakAnywhere = """<rule break="no"><beforebreak>.</beforebreak><afterbreak></afterbreak></rule>""" + SrxFixture.BreakAtFullStop;
        var segmenter = await SrxFixture.LoadAsync(SrxFixture.SingleRule(noBreakAnywhere));

        Assert.Equal(["First. Still first.", "Second"], segmenter.Split("First. Still first.\r\nSecond", "en"));
    }

    [Fact]
    public async Task Split_EmptyAfterbreak_BreaksWhereverBeforebreakEnds()
    {
        var semicolon = """<rule break="yes"><beforebreak>;</beforebreak></rule>""";
        var segmenter = await SrxFixture.LoadAsync(SrxFixture.SingleRule(semicolon));

        Assert.Equal(["Red;", "green;", "blue"], segmenter.Split("Red; green;blue", "en"));
    }

    [Fact]
    public async Task Split_EmptyBeforebreak_BreaksWhereverAfterbreakStarts()
    {
        var bullet = """<rule break="yes"><afterbreak>•</afterbreak></rule>""";
        var segmenter = await SrxFixture.LoadAsync(SrxFixture.SingleRule(bullet));

        Assert.Equal(["Intro", "• one", "• two"], segmenter.Split("Intro • one • two", "en"));
    }

    [Fact]
    public async Task Split_CaretInRule_MeansStartOfLine()
    {
        var listItem = """<rule break="no"><beforebreak>^\d+\.</beforebreak><afterbreak>\s</afterbreak></rule>""" + SrxFixture.BreakAtFullStop;
        var segmenter = await SrxFixture.LoadAsync(SrxFixture.SingleRule(listItem));

        Assert.Equal(["1. Open it.", "2.", "Close it.", "3. Done."], segmenter.Split("1. Open it. 2. Close it.\n3. Done.", "en"));
    }

    [Fact]
    public async Task Split_IcuSyntaxInRules_IsTranslated()
    {
        // Possessive quantifier, Java property name, \Q…\E and \h: none of them is .NET syntax.
        var rules = """
            <rule break="no"><beforebreak>\Q(approx.)\E</beforebreak><afterbreak>\h</afterbreak></rule>
            <rule break="yes"><beforebreak>\p{Alpha}++[.!]</beforebreak><afterbreak>\h+\p{IsUppercase}</afterbreak></rule>
            """;
        var segmenter = await SrxFixture.LoadAsync(SrxFixture.SingleRule(rules));

        Assert.Equal(["Costs 5 (approx.) Euro each.", "Buy now!", "Thanks."], segmenter.Split("Costs 5 (approx.) Euro each. Buy now! Thanks.", "en"));
    }

    [Fact]
    public async Task RulesFor_Cascade_ListsRulesInMapOrder()
    {
        var srx = SrxFixture.Document(true,
            [("Default", SrxFixture.BreakAtFullStop), ("English", SrxFixture.KeepDoctor)],
            [("en.*", "English"), (".*", "Default")]);
        var segmenter = await SrxFixture.LoadAsync(srx);

        var rules = segmenter.RulesFor("en-US");

        Assert.Equal([false, true], rules.Select(r => r.IsBreak));
        Assert.Equal(@"\bDr\.", rules[0].BeforeBreak);
    }

    [Fact]
    public void Default_UkrainianText_UsesUkrainianThenDefaultRules()
    {
        var rules = SrxSegmenter.Default.RulesFor("uk-UA");

        Assert.Contains(rules, r => r.BeforeBreak.Contains("вул", StringComparison.Ordinal));
        Assert.DoesNotContain(rules, r => r.BeforeBreak.Contains("ул|просп|пр|", StringComparison.Ordinal));
        Assert.True(rules[^1].IsBreak);
    }

    [Theory]
    [InlineData("(?i)end\\.", "")]
    [InlineData(".+\\.", "(?i)\\s")]
    [InlineData("\\.", "")]
    [InlineData("(?i)end\\.", "\\s+")]
    public async Task Split_BreakRuleOutsideTheFastPath_StillBreaks(string beforeBreak, string afterBreak)
    {
        // Inline options, a wildcard or an empty afterbreak defeat the character prefilter on one side or both;
        // the engine must then use the other side or scan with the full rule, and give the same segments.
        var rule = $"<rule break=\"yes\"><beforebreak>{beforeBreak}</beforebreak><afterbreak>{afterBreak}</afterbreak></rule>";
        var segmenter = await SrxFixture.LoadAsync(SrxFixture.SingleRule(SrxFixture.KeepDoctor + rule));

        Assert.Equal(["It is the END.", "Ask Dr. Who at the end.", "Done"], segmenter.Split("It is the END. Ask Dr. Who at the end. Done", "en"));
    }

    [Fact]
    public async Task LoadAsync_UserFile_ReplacesTheBuiltInRules()
    {
        var userRules = await SrxFixture.LoadAsync(SrxFixture.SingleRule(SrxFixture.BreakAtFullStop));

        Assert.Equal(["Ask Dr. Watson.", "He knows."], SrxSegmenter.Default.Split(DoctorText, "en"));
        Assert.Equal(["Ask Dr.", "Watson.", "He knows."], userRules.Split(DoctorText, "en"));
    }
}
