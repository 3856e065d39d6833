namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>One family of XLIFF 2 constraints (the XSD's or the Schematron's), checked over the whole document.</summary>
internal interface IXliff2Rule
{
    /// <summary>Throws the error for the first violation found, via <see cref="Xliff2ValidationContext.Fail"/>.</summary>
    void Check(Xliff2ValidationContext context);
}
