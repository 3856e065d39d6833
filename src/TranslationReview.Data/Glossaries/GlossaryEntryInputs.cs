using TranslationReview.Core.Terminology;

namespace TranslationReview.Data.Glossaries;

/// <summary>Turns a glossary read from a file into entry inputs, one per source term, and merges renderings.</summary>
internal static class GlossaryEntryInputs
{
    /// <summary>
    /// One input per distinct source term of the file (case-insensitively); a concept's source synonyms become
    /// entries of their own with the same renderings, so every form of the source is looked for.
    /// </summary>
    public static IReadOnlyList<GlossaryEntryInput> From(Glossary glossary)
    {
        var byTerm = new Dictionary<string, GlossaryEntryInput>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in glossary.Entries)
        {
            foreach (var source in new[] { entry.SourceTerm }.Concat(entry.SourceSynonyms))
            {
                var input = new GlossaryEntryInput(source, entry.TargetTerms, entry.ForbiddenTerms, entry.Type, entry.Note).Normalized();
                var key = ProjectGlossaryEntry.Normalize(input.SourceTerm);
                if (byTerm.TryGetValue(key, out var earlier))
                {
                    byTerm[key] = Merge(earlier, input);
                }
                else
                {
                    byTerm[key] = input;
                    order.Add(key);
                }
            }
        }

        return [.. order.Select(k => byTerm[k])];
    }

    /// <summary>
    /// Adds the renderings of <paramref name="addition"/> to <paramref name="entry"/>: new accepted renderings go
    /// first (a correction is the preferred rendering), a newly forbidden one leaves the accepted list.
    /// </summary>
    public static GlossaryEntryInput Merge(GlossaryEntryInput entry, GlossaryEntryInput addition)
    {
        var forbidden = entry.ForbiddenTerms.Concat(addition.ForbiddenTerms).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var accepted = addition.TargetTerms.Concat(entry.TargetTerms).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(t => !addition.ForbiddenTerms.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        forbidden.RemoveAll(t => addition.TargetTerms.Contains(t, StringComparer.OrdinalIgnoreCase));
        return entry with
        {
            TargetTerms = accepted,
            ForbiddenTerms = forbidden,
            Type = addition.Type == GlossaryEntryType.Term ? entry.Type : addition.Type,
            Note = addition.Note ?? entry.Note,
        };
    }
}
