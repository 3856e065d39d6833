using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// Writes a glossary as TBX-Basic, version 2 (<c>martif</c>) or 3 (<c>tbx</c>), which <see cref="TbxReader"/>
/// reads back with the same entries.
/// </summary>
/// <remarks>
/// <para>Each entry becomes one concept (<c>termEntry</c> / <c>conceptEntry</c>) with its id (or <c>c1</c>, <c>c2</c>…),
/// subject field (<c>descrip type="subjectField"</c>), type (<c>descrip type="entryType"</c>: person, place, title,
/// organization; nothing for a general term) and note (<c>note</c>).</para>
/// <para>Terms carry <c>termNote type="administrativeStatus"</c>: the source term and the first accepted rendering
/// <c>preferredTerm-admn-sts</c>, source synonyms and other renderings <c>admittedTerm-admn-sts</c>, forbidden
/// renderings <c>deprecatedTerm-admn-sts</c>. Only the glossary's language pair is written.</para>
/// <para>UTF-8 without a byte order mark, indented.</para>
/// </remarks>
public static class TbxWriter
{
    /// <summary>The usual file extension, <c>.tbx</c>.</summary>
    public const string FileExtension = ".tbx";

    /// <summary>The TBX 3 namespace.</summary>
    public const string Tbx3Namespace = "urn:iso:std:iso:30042:ed-2";

    /// <summary>The data category this writer uses for <see cref="GlossaryEntry.Type"/>.</summary>
    public const string EntryTypeCategory = "entryType";

    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>Writes the glossary to <paramref name="output"/>, leaving the stream open.</summary>
    public static async Task WriteAsync(Glossary glossary, TbxVersion version, Stream output, CancellationToken cancellationToken)
    {
        var document = ToXml(glossary, version);
        var settings = new XmlWriterSettings
        {
            Async = true,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            CloseOutput = false,
        };
        await using var writer = XmlWriter.Create(output, settings);
        await document.SaveAsync(writer, cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>The glossary as a TBX document.</summary>
    public static XDocument ToXml(Glossary glossary, TbxVersion version)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var ns = version == TbxVersion.Tbx3 ? (XNamespace)Tbx3Namespace : XNamespace.None;
        var names = version == TbxVersion.Tbx3
            ? (Root: "tbx", Header: "tbxHeader", Entry: "conceptEntry", Language: "langSec", TermGroup: "termSec")
            : (Root: "martif", Header: "martifHeader", Entry: "termEntry", Language: "langSet", TermGroup: "tig");

        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var entries = glossary.Entries.Select((entry, index) =>
        {
            var concept = new XElement(ns + names.Entry, new XAttribute("id", IdOf(entry, index, usedIds)));
            if (!string.IsNullOrWhiteSpace(entry.SubjectField))
            {
                concept.Add(new XElement(ns + "descrip", new XAttribute("type", "subjectField"), entry.SubjectField));
            }

            if (entry.Type != GlossaryEntryType.Term)
            {
                concept.Add(new XElement(ns + "descrip", new XAttribute("type", EntryTypeCategory), entry.Type.ToName()));
            }

            if (!string.IsNullOrWhiteSpace(entry.Note))
            {
                concept.Add(new XElement(ns + "note", entry.Note));
            }

            XElement TermGroup(string text, string status) => new(ns + names.TermGroup,
                new XElement(ns + "term", text),
                new XElement(ns + "termNote", new XAttribute("type", "administrativeStatus"), status + "-admn-sts"));

            concept.Add(new XElement(ns + names.Language, new XAttribute(Xml + "lang", glossary.SourceLanguage),
                TermGroup(entry.SourceTerm, "preferredTerm"),
                entry.SourceSynonyms.Select(s => TermGroup(s, "admittedTerm"))));
            if (glossary.TargetLanguage is { } target && (entry.TargetTerms.Count > 0 || entry.ForbiddenTerms.Count > 0))
            {
                concept.Add(new XElement(ns + names.Language, new XAttribute(Xml + "lang", target),
                    entry.TargetTerms.Select((t, i) => TermGroup(t, i == 0 ? "preferredTerm" : "admittedTerm")),
                    entry.ForbiddenTerms.Select(t => TermGroup(t, "deprecatedTerm"))));
            }

            return concept;
        });

        var root = new XElement(ns + names.Root,
            new XAttribute("type", "TBX-Basic"),
            version == TbxVersion.Tbx3 ? new XAttribute("style", "dca") : null,
            new XAttribute(Xml + "lang", glossary.SourceLanguage),
            new XElement(ns + names.Header,
                new XElement(ns + "fileDesc", new XElement(ns + "sourceDesc", new XElement(ns + "p", glossary.Name)))),
            new XElement(ns + "text", new XElement(ns + "body", entries)));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>The entry's own id when it is a valid, unused XML id; else <c>c</c> and its 1-based position.</summary>
    private static string IdOf(GlossaryEntry entry, int index, HashSet<string> used)
    {
        if (entry.Id is { Length: > 0 } id && IsXmlId(id) && used.Add(id))
        {
            return id;
        }

        var generated = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{index + 1}");
        for (var suffix = 2; !used.Add(generated); suffix++)
        {
            generated = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{index + 1}-{suffix}");
        }

        return generated;
    }

    private static bool IsXmlId(string id)
    {
        try
        {
            XmlConvert.VerifyNCName(id);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
