namespace TranslationReview.Core.Documents;

/// <summary>The role an inline code plays in segment text.</summary>
public enum InlineCodeKind
{
    /// <summary>Starts a spanning code (XLIFF 1.2 <c>&lt;g&gt;</c>/<c>&lt;bx/&gt;</c>/<c>&lt;bpt&gt;</c>, XLIFF 2 <c>&lt;pc&gt;</c>/<c>&lt;sc/&gt;</c>).</summary>
    Opening,

    /// <summary>Ends a spanning code (<c>&lt;/g&gt;</c>, <c>&lt;ex/&gt;</c>, <c>&lt;ept&gt;</c>, <c>&lt;/pc&gt;</c>, <c>&lt;ec/&gt;</c>).</summary>
    Closing,

    /// <summary>A code standing alone (<c>&lt;x/&gt;</c>, <c>&lt;ph&gt;</c>, <c>&lt;it&gt;</c>).</summary>
    Standalone,

    /// <summary>Starts an annotation over text (XLIFF 1.2 <c>&lt;mrk&gt;</c>, XLIFF 2 <c>&lt;mrk&gt;</c>/<c>&lt;sm/&gt;</c>).</summary>
    AnnotationStart,

    /// <summary>Ends an annotation (<c>&lt;/mrk&gt;</c>, <c>&lt;em/&gt;</c>).</summary>
    AnnotationEnd,
}
