using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Glossary module: a glossary entry has a term and a translation or a definition; glossEntry and translation ids are
/// unique in their glossary; other modules cannot be nested in an entry.
/// </summary>
internal sealed class GlossaryRules : IXliff2Rule
{
    private static readonly XNamespace Gls = Xliff2Names.GlossaryUri;

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var glossary in context.Root.Descendants(Gls + "glossary"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in glossary.Elements(Gls + "glossEntry"))
            {
                var where = Xliff2ValidationContext.Where(entry);
                if (entry.Element(Gls + "translation") is null && entry.Element(Gls + "definition") is null)
                {
                    throw context.Fail(entry, $"<gls:glossEntry> needs a <gls:translation> or a <gls:definition> ({where})");
                }

                if (entry.Elements().FirstOrDefault(e => e.Name.Namespace != Gls && Xliff2Names.IsModule(e.Name.Namespace)) is { } nested)
                {
                    throw context.Fail(nested, $"<{nested.Name.LocalName}> of another XLIFF module is not allowed inside <gls:glossEntry> ({where})");
                }

                if (entry.Nodes().OfType<XText>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Value)) is { } text)
                {
                    throw context.Fail(entry, $"<gls:glossEntry> cannot contain text (found \"{text.Value.Trim()}\") ({where})");
                }

                foreach (var element in entry.Elements(Gls + "translation").Prepend(entry))
                {
                    if ((string?)element.Attribute("id") is { } id && !seen.Add(id))
                    {
                        throw context.Fail(element, $"the id \"{id}\" is used more than once among the entries and translations of its <gls:glossary> ({where})");
                    }
                }
            }
        }
    }
}
