using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Tests.Terminology;

/// <summary>Compares glossary entries by what a reviewer sees of them.</summary>
internal static class GlossaryAssert
{
    public static void SameEntry(GlossaryEntry expected, GlossaryEntry actual)
    {
        Assert.Equal(expected.SourceTerm, actual.SourceTerm);
        Assert.Equal(expected.SourceSynonyms, actual.SourceSynonyms);
        Assert.Equal(expected.TargetTerms, actual.TargetTerms);
        Assert.Equal(expected.ForbiddenTerms, actual.ForbiddenTerms);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Note, actual.Note);
    }
}
