namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>Runs the constraints of each XLIFF 2.1 module (matches, glossary, metadata, resource data, size restriction, validation, format style, change tracking).</summary>
internal sealed class ModuleRules : IXliff2Rule
{
    private static readonly IXliff2Rule[] Modules =
    [
        new FormatStyleRules(),
        new MatchesRules(),
        new GlossaryRules(),
        new MetadataRules(),
        new SizeRestrictionRules(),
        new ValidationModuleRules(),
        new ResourceDataRules(),
        new ChangeTrackingRules(),
    ];

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var module in Modules)
        {
            module.Check(context);
        }
    }
}
