using System.Xml.Linq;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// One TBX concept (v2 <c>termEntry</c>, v3 <c>conceptEntry</c>) with its terms grouped by language. Elements
/// are matched by local name so TBX 2 (no namespace), TBX 3 (<c>urn:iso:std:iso:30042:ed-2</c>) and TBX 3 DCT
/// style (data categories as namespaced elements) read alike.
/// </summary>
/// <param name="Id">The entry's id.</param>
/// <param name="SubjectField">The entry's subject field.</param>
/// <param name="Note">The concept-level definition or note (outside every language section).</param>
/// <param name="Terms">Terms by language tag, languages in file order.</param>
/// <param name="LanguageNotes">Definition or note of each language section that has one.</param>
/// <param name="EntryType">What the concept names (<c>descrip type="entryType"</c>, see <see cref="TbxWriter"/>), when given.</param>
internal sealed record TbxConcept(
    string? Id,
    string? SubjectField,
    string? Note,
    IReadOnlyList<KeyValuePair<string, List<Term>>> Terms,
    IReadOnlyList<KeyValuePair<string, string>> LanguageNotes,
    string? EntryType)
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static TbxConcept Parse(XElement entry, string fileName)
    {
        var terms = new List<KeyValuePair<string, List<Term>>>();
        var languageNotes = new List<KeyValuePair<string, string>>();
        foreach (var langSet in entry.Descendants().Where(e => e.Name.LocalName is "langSet" or "langSec"))
        {
            var language = (langSet.Attribute(Xml + "lang") ?? langSet.Attribute("lang"))?.Value.Trim();
            if (string.IsNullOrEmpty(language))
            {
                throw SecureXml.ErrorAt(fileName, langSet, $"<{langSet.Name.LocalName}> has no xml:lang; every language section must name its language");
            }

            var list = terms.FirstOrDefault(t => LanguageTags.Match(t.Key, language)).Value;
            if (list is null)
            {
                list = [];
                terms.Add(new(language, list));
            }

            list.AddRange(TermsOf(langSet));
            if (NoteOf(langSet.Descendants()) is { } languageNote)
            {
                languageNotes.Add(new(language, languageNote));
            }
        }

        var conceptLevel = entry.Descendants().Where(e => !e.Ancestors().Any(a => a.Name.LocalName is "langSet" or "langSec"));
        return new TbxConcept(
            entry.Attribute("id")?.Value,
            DataCategory(entry, "descrip", "subjectField"),
            NoteOf(conceptLevel),
            terms,
            languageNotes,
            DataCategory(entry, "descrip", TbxWriter.EntryTypeCategory));
    }

    /// <summary>A definition, else a note, among the given elements.</summary>
    private static string? NoteOf(IEnumerable<XElement> scope)
    {
        var elements = scope.ToList();
        var found = elements.Find(e => e.Name.LocalName == "descrip" && (string?)e.Attribute("type") == "definition")
            ?? elements.Find(e => e.Name.LocalName is "definition" or "note");
        return found is null ? null : Normalize(found.Value);
    }

    private static IEnumerable<Term> TermsOf(XElement langSet)
    {
        foreach (var container in langSet.Descendants().Where(e => e.Name.LocalName is "tig" or "ntig" or "termSec"))
        {
            var termElement = container.Descendants().FirstOrDefault(e => e.Name.LocalName == "term");
            var text = termElement is null ? string.Empty : Normalize(termElement.Value);
            if (text.Length == 0)
            {
                continue;
            }

            var status = DataCategory(container, "termNote", "administrativeStatus")
                ?? DataCategory(container, "termNote", "normativeAuthorization")
                ?? DataCategory(container, "termNote", "termStatus");
            yield return new Term(text, TbxTermStatus.Parse(status))
            {
                PartOfSpeech = DataCategory(container, "termNote", "partOfSpeech"),
                TermType = DataCategory(container, "termNote", "termType"),
            };
        }
    }

    /// <summary>The first value of a data category: <c>&lt;termNote type="x"&gt;</c> (TBX 2, TBX 3 DCA) or <c>&lt;x&gt;</c> (TBX 3 DCT).</summary>
    private static string? DataCategory(XElement scope, string element, string type)
    {
        var found = scope.Descendants().FirstOrDefault(e =>
            (e.Name.LocalName == element && (string?)e.Attribute("type") == type) || e.Name.LocalName == type);
        return found is null ? null : Normalize(found.Value);
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
