using TranslationReview.Core.Terminology;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Pages.Glossary;

/// <summary>The entry form's fields: renderings typed on one line each, separated by '|' as in the glossary CSV.</summary>
public sealed class GlossaryEntryModel
{
    public int? EntryId { get; set; }

    public string SourceTerm { get; set; } = string.Empty;

    public string TargetTerms { get; set; } = string.Empty;

    public string ForbiddenTerms { get; set; } = string.Empty;

    public GlossaryEntryType Type { get; set; } = GlossaryEntryType.Term;

    public string Note { get; set; } = string.Empty;

    public static GlossaryEntryModel From(GlossaryEntryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new()
        {
            EntryId = row.Id,
            SourceTerm = row.SourceTerm,
            TargetTerms = string.Join(" | ", row.TargetTerms),
            ForbiddenTerms = string.Join(" | ", row.ForbiddenTerms),
            Type = row.Type,
            Note = row.Note ?? string.Empty,
        };
    }

    public GlossaryEntryInput ToInput() =>
        new(SourceTerm, GlossaryEntryInput.SplitTerms(TargetTerms), GlossaryEntryInput.SplitTerms(ForbiddenTerms), Type, Note);
}
