using TranslationReview.Core.Terminology;

namespace TranslationReview.Data;

/// <summary>
/// One entry of a project's glossary: a source term, the target renderings a translation may use and those it must
/// not use. Terms are stored joined by <see cref="TermSeparator"/>, the separator of the glossary CSV, which therefore
/// cannot appear inside a term.
/// </summary>
public class ProjectGlossaryEntry
{
    /// <summary>Separates the renderings in <see cref="TargetTermsJoined"/> and <see cref="ForbiddenTermsJoined"/>.</summary>
    public const char TermSeparator = '|';

    private ProjectGlossaryEntry(int projectId, string sourceTerm)
    {
        ProjectId = projectId;
        SourceTerm = sourceTerm;
        NormalizedSourceTerm = Normalize(sourceTerm);
        TargetTermsJoined = string.Empty;
        ForbiddenTermsJoined = string.Empty;
    }

    /// <summary>The database key.</summary>
    public int Id { get; private set; }

    /// <summary>The project whose glossary it is.</summary>
    public int ProjectId { get; private set; }

    /// <summary>The source term as written (a dictionary form; matching is inflection-aware).</summary>
    public string SourceTerm { get; private set; }

    /// <summary>The source term folded to lower case: one entry per source term and project.</summary>
    public string NormalizedSourceTerm { get; private set; }

    /// <summary>Accepted target renderings, preferred first, joined by <see cref="TermSeparator"/>.</summary>
    public string TargetTermsJoined { get; private set; }

    /// <summary>Forbidden target renderings joined by <see cref="TermSeparator"/>.</summary>
    public string ForbiddenTermsJoined { get; private set; }

    /// <summary>What the entry names.</summary>
    public GlossaryEntryType Type { get; private set; }

    /// <summary>A note for the translator.</summary>
    public string? Note { get; private set; }

    /// <summary>When the entry was added or last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who added or last changed it.</summary>
    public string? UpdatedBy { get; private set; }

    /// <summary>The accepted renderings.</summary>
    public IReadOnlyList<string> TargetTerms => Split(TargetTermsJoined);

    /// <summary>The forbidden renderings.</summary>
    public IReadOnlyList<string> ForbiddenTerms => Split(ForbiddenTermsJoined);

    /// <summary>The entry as the checks read it.</summary>
    public GlossaryEntry ToGlossaryEntry() =>
        new(SourceTerm, TargetTerms, ForbiddenTerms) { Type = Type, Note = Note, Id = Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A new entry from validated input.</summary>
    internal static ProjectGlossaryEntry Create(int projectId, GlossaryEntryInput input, string? user, DateTimeOffset now)
    {
        var entry = new ProjectGlossaryEntry(projectId, input.SourceTerm);
        entry.Change(input, user, now);
        return entry;
    }

    /// <summary>Replaces the entry's content with validated input.</summary>
    internal void Change(GlossaryEntryInput input, string? user, DateTimeOffset now)
    {
        SourceTerm = input.SourceTerm;
        NormalizedSourceTerm = Normalize(input.SourceTerm);
        TargetTermsJoined = string.Join(TermSeparator, input.TargetTerms);
        ForbiddenTermsJoined = string.Join(TermSeparator, input.ForbiddenTerms);
        Type = input.Type;
        Note = input.Note;
        UpdatedAt = now;
        UpdatedBy = user;
    }

    /// <summary>The key under which source terms are unique in a project.</summary>
    internal static string Normalize(string sourceTerm) => sourceTerm.Trim().ToLowerInvariant();

    private static string[] Split(string joined) =>
        joined.Length == 0 ? [] : joined.Split(TermSeparator);
}
