using System.Globalization;
using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Change Tracking (an extension in XLIFF 2.1): <c>revisions</c> needs <c>appliesTo</c>; its <c>ref</c> resolves to an
/// element id in the enclosing unit (or file); without ref, appliesTo must name an element that occurs once there; an
/// item's property is <c>content</c> or an attribute of that element, with a value valid for the attribute, and appears
/// once per revision.
/// </summary>
internal sealed class ChangeTrackingRules : IXliff2Rule
{
    private static readonly XNamespace[] Ctr = [Xliff2Names.ChangeTrackingUri, Xliff2Names.ChangeTracking21Uri];

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var revisions in context.AllElements.Where(e => e.Name.LocalName == "revisions" && Ctr.Contains(e.Name.Namespace)))
        {
            var where = Xliff2ValidationContext.Where(revisions);
            var appliesTo = (string?)revisions.Attribute("appliesTo")
                ?? throw context.Fail(revisions, $"<ctr:revisions> requires the attribute 'appliesTo' ({where})");
            var scope = revisions.Ancestors().FirstOrDefault(a => a.Name == Xliff2Names.Unit || a.Name == Xliff2Names.File) ?? context.Root;
            var reference = (string?)revisions.Attribute("ref");
            if (reference is not null && !scope.Descendants().Any(e => e.Name.Namespace == Xliff2Names.Core && (string?)e.Attribute("id") == reference))
            {
                throw context.Fail(revisions, $"<ctr:revisions> has ref=\"{reference}\", which resolves to no element id in its {scope.Name.LocalName} ({where})");
            }

            if (reference is null && scope.Descendants(Xliff2Names.Core + appliesTo).Skip(1).Any())
            {
                throw context.Fail(revisions, $"<ctr:revisions appliesTo=\"{appliesTo}\"> needs a ref: its {scope.Name.LocalName} has several <{appliesTo}> elements ({where})");
            }

            foreach (var revision in revisions.Elements().Where(e => e.Name.LocalName == "revision"))
            {
                var properties = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in revision.Elements().Where(e => e.Name.LocalName == "item" && Ctr.Contains(e.Name.Namespace)))
                {
                    CheckItem(context, item, appliesTo);
                    var property = (string?)item.Attribute("property") ?? string.Empty;
                    if (!properties.Add(property))
                    {
                        throw context.Fail(item,
                            $"<ctr:revision> records property \"{property}\" more than once; one revision holds one value per property ({Xliff2ValidationContext.Where(item)})");
                    }
                }
            }
        }
    }

    private static void CheckItem(Xliff2ValidationContext context, XElement item, string appliesTo)
    {
        var property = (string?)item.Attribute("property") ?? string.Empty;
        if (property == "content")
        {
            return;
        }

        var where = Xliff2ValidationContext.Where(item);
        if (!CoreSchema.Elements.TryGetValue(appliesTo, out var model) || !model.Attributes.Contains(property))
        {
            throw context.Fail(item, $"<ctr:item> has property=\"{property}\", which is neither content nor an attribute of <{appliesTo}> ({where})");
        }

        if (property == "priority" && !(int.TryParse(item.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var priority) && priority is >= 1 and <= 10))
        {
            throw context.Fail(item, $"<ctr:item property=\"priority\"> holds \"{item.Value}\"; a note priority is an integer from 1 to 10 ({where})");
        }

    }
}
