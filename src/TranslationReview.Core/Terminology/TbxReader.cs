using System.Xml.Linq;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// Reads TBX termbases into a <see cref="Glossary"/> for one language pair: TBX 2 / TBX-Basic (<c>martif</c>:
/// <c>termEntry/langSet/tig|ntig/term</c>) and TBX 3 (<c>tbx</c> in <c>urn:iso:std:iso:30042:ed-2</c>:
/// <c>conceptEntry/langSec/termSec/term</c>), in any encoding the XML declares, through <see cref="SecureXml"/>.
/// </summary>
/// <remarks>
/// <para>Languages: <see cref="ReadOptions.SourceLanguage"/> picks the source; without it, the file's
/// <c>xml:lang</c> when terms use it, else the first language with terms. <see cref="ReadOptions.TargetLanguage"/>
/// picks the target; without it, the first other language. <c>en</c> matches <c>EN</c> and <c>en-US</c>.</para>
/// <para>Status: deprecated, superseded, forbidden, not recommended and obsolete terms are forbidden; preferred
/// terms come first; everything else is admitted.</para>
/// </remarks>
public static class TbxReader
{
    /// <summary>The format id, <c>tbx</c>.</summary>
    public const string FormatId = "tbx";

    /// <summary>True when the start of the file shows a TBX root (<c>&lt;martif</c> or <c>&lt;tbx</c>), or the name ends in <c>.tbx</c>.</summary>
    public static bool CanRead(string fileName, string head) =>
        head.Contains("<martif", StringComparison.Ordinal)
        || head.Contains("<tbx", StringComparison.Ordinal)
        || Path.GetExtension(fileName).Equals(".tbx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a termbase from disk; errors name the file as given.</summary>
    public static async Task<Glossary> ReadAsync(string path, ReadOptions options, CancellationToken cancellationToken)
    {
        await using var stream = InputFile.Open(path, options);
        var fileName = Path.GetFileName(path);
        return await ReadAsync(stream, fileName, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a termbase from a stream; <paramref name="fileName"/> names it in errors and becomes the glossary's name.</summary>
    public static async Task<Glossary> ReadAsync(Stream input, string fileName, ReadOptions options, CancellationToken cancellationToken)
    {
        using var buffer = await FileSizeLimit.ReadAllAsync(input, fileName, options, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            throw new DocumentFormatException(fileName, "the file is empty; expected a TBX termbase");
        }

        var document = await SecureXml.LoadAsync(buffer, fileName, cancellationToken).ConfigureAwait(false);
        var root = document.Root!;
        if (root.Name.LocalName is not ("martif" or "tbx"))
        {
            throw SecureXml.ErrorAt(fileName, root,
                $"not a TBX termbase: the root element is <{root.Name.LocalName}>; expected <martif> (TBX 2) or <tbx> (TBX 3)");
        }

        var concepts = root.Descendants()
            .Where(e => e.Name.LocalName is "termEntry" or "conceptEntry")
            .Select(e => TbxConcept.Parse(e, fileName))
            .ToList();
        var languages = concepts.SelectMany(c => c.Terms.Where(t => t.Value.Count > 0).Select(t => t.Key))
            .Aggregate(new List<string>(), (seen, tag) =>
            {
                if (!seen.Exists(s => LanguageTags.Match(s, tag)))
                {
                    seen.Add(tag);
                }

                return seen;
            });

        var source = ChooseSource(options.SourceLanguage, (string?)root.Attribute(XNamespace.Xml + "lang"), languages, fileName);
        var target = ChooseTarget(options.TargetLanguage, source, languages, fileName);
        var entries = concepts.Select(c => ToEntry(c, source, target)).OfType<GlossaryEntry>().ToList();
        return new Glossary(fileName, source, target, entries) { Languages = languages };
    }

    private static GlossaryEntry? ToEntry(TbxConcept concept, string source, string? target)
    {
        var sourceTerms = TermsIn(concept, source);
        if (sourceTerms.Count == 0)
        {
            return null;
        }

        var targetTerms = target is null ? [] : TermsIn(concept, target);
        var ordered = sourceTerms.OrderBy(t => t.Status == TermStatus.Preferred ? 0 : 1).Select(t => t.Text).Distinct().ToList();
        return new GlossaryEntry(
            ordered[0],
            [.. targetTerms.Where(t => t.Status != TermStatus.Forbidden).OrderBy(t => t.Status == TermStatus.Preferred ? 0 : 1).Select(t => t.Text).Distinct()],
            [.. targetTerms.Where(t => t.Status == TermStatus.Forbidden).Select(t => t.Text).Distinct()])
        {
            Id = concept.Id,
            SourceSynonyms = ordered[1..],
            SubjectField = concept.SubjectField,
            // Foreign termbases use other values here; an unknown type reads as a general term rather than failing the import.
            Type = GlossaryEntryTypeNames.TryParse(concept.EntryType, out var type) ? type : GlossaryEntryType.Term,
            Note = concept.Note ?? NoteIn(concept, source) ?? (target is null ? null : NoteIn(concept, target)),
            TermsByLanguage = concept.Terms.ToDictionary(t => t.Key, t => (IReadOnlyList<Term>)t.Value, StringComparer.OrdinalIgnoreCase),
        };
    }

    private static string? NoteIn(TbxConcept concept, string language) =>
        concept.LanguageNotes.FirstOrDefault(n => LanguageTags.Match(n.Key, language)).Value;

    private static List<Term> TermsIn(TbxConcept concept, string language) =>
        [.. concept.Terms.Where(t => LanguageTags.Match(t.Key, language)).SelectMany(t => t.Value)];

    private static string ChooseSource(string? wanted, string? fileLanguage, List<string> languages, string fileName)
    {
        if (wanted is not null)
        {
            return FindOrFail(wanted, languages, "source", fileName);
        }

        if (fileLanguage is not null && languages.Find(l => LanguageTags.Match(l, fileLanguage)) is { } declared)
        {
            return declared;
        }

        return languages.Count > 0 ? languages[0] : fileLanguage ?? "und";
    }

    private static string? ChooseTarget(string? wanted, string source, List<string> languages, string fileName) =>
        wanted is not null
            ? FindOrFail(wanted, languages, "target", fileName)
            : languages.Find(l => !LanguageTags.Match(l, source));

    private static string FindOrFail(string wanted, List<string> languages, string side, string fileName) =>
        languages.Exists(l => LanguageTags.Match(l, wanted))
            ? wanted
            : throw new DocumentFormatException(fileName,
                $"the termbase has no terms in the {side} language '{wanted}'; it has terms in {(languages.Count == 0 ? "no language" : string.Join(", ", languages))}");
}
