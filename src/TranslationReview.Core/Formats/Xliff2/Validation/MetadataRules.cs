using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Metadata module: <c>metadata</c> holds at least one <c>metaGroup</c>; ids are NMTOKENs and metaGroup ids unique in
/// their <c>metadata</c>; <c>meta</c> requires <c>type</c>; <c>appliesTo</c> only on <c>metaGroup</c>, with source,
/// target or ignorable.
/// </summary>
internal sealed class MetadataRules : IXliff2Rule
{
    private static readonly XNamespace Mda = Xliff2Names.MetadataUri;

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var metadata in context.Root.Descendants(Mda + "metadata"))
        {
            var where = Xliff2ValidationContext.Where(metadata);
            if (!metadata.Elements(Mda + "metaGroup").Any())
            {
                throw context.Fail(metadata, $"<mda:metadata> needs at least one <mda:metaGroup> ({where})");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in metadata.DescendantsAndSelf())
            {
                var name = element.Name.LocalName;
                if ((string?)element.Attribute("id") is { } id)
                {
                    if (!Xliff2Syntax.IsNmToken(id))
                    {
                        throw context.Fail(element, $"<mda:{name}> has id=\"{id}\", which is not a valid identifier (NMTOKEN) ({where})");
                    }

                    if (name == "metaGroup" && !seen.Add(id))
                    {
                        throw context.Fail(element, $"the metaGroup id \"{id}\" is used more than once in its <mda:metadata> ({where})");
                    }
                }

                if (name == "meta" && element.Attribute("type") is null)
                {
                    throw context.Fail(element, $"<mda:meta> requires the attribute 'type' ({where})");
                }

                if ((string?)element.Attribute("appliesTo") is { } appliesTo
                    && (name != "metaGroup" || appliesTo is not ("source" or "target" or "ignorable")))
                {
                    throw context.Fail(element, name != "metaGroup"
                        ? $"<mda:{name}> does not allow appliesTo; only <mda:metaGroup> has it ({where})"
                        : $"<mda:metaGroup> has appliesTo=\"{appliesTo}\"; allowed: source, target, ignorable ({where})");
                }
            }
        }
    }
}
