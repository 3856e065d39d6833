using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>The core XSD: known elements only, allowed and required attributes, children and their order, no stray text.</summary>
internal sealed class StructureRules : IXliff2Rule
{
    public void Check(Xliff2ValidationContext context)
    {
        foreach (var element in context.CoreElements)
        {
            var name = element.Name.LocalName;
            if (!CoreSchema.Elements.TryGetValue(name, out var model))
            {
                throw context.Fail(element, $"<{name}> is not an XLIFF 2 core element");
            }

            if (element.Parent is null && name != "xliff")
            {
                throw context.Fail(element, $"the root element must be <xliff>, not <{name}>");
            }

            CheckAttributes(context, element, model);
            CheckChildren(context, element, model);
        }
    }

    private static void CheckAttributes(Xliff2ValidationContext context, XElement element, CoreElementModel model)
    {
        var name = element.Name.LocalName;
        foreach (var attribute in Xliff2ValidationContext.AttributesOf(element))
        {
            var ns = attribute.Name.Namespace;
            var qualified = ns == XNamespace.Xml ? "xml:" + attribute.Name.LocalName : attribute.Name.LocalName;
            if (ns == XNamespace.None || (ns == XNamespace.Xml && !model.OtherAttributes))
            {
                if (!model.Attributes.Contains(qualified))
                {
                    throw context.Fail(element, $"<{name}> does not allow the attribute '{qualified}' ({Xliff2ValidationContext.Where(element)})");
                }
            }
            else if (!model.OtherAttributes || ns == Xliff2Names.Core
                || (name is "ph" or "pc" or "sc" or "ec" && !Xliff2Names.IsModule(ns)))
            {
                throw context.Fail(element,
                    $"<{name}> does not allow attributes from other namespaces: '{attribute.Name.LocalName}' in \"{ns.NamespaceName}\" ({Xliff2ValidationContext.Where(element)})");
            }
        }

        foreach (var required in model.Required)
        {
            if (element.Attribute(required) is null)
            {
                throw context.Fail(element, $"<{name}> requires the attribute '{required}' ({Xliff2ValidationContext.Where(element)})");
            }
        }
    }

    private static void CheckChildren(Xliff2ValidationContext context, XElement element, CoreElementModel model)
    {
        var name = element.Name.LocalName;
        if (!model.Mixed)
        {
            var text = Xliff2ValidationContext.FirstText(element);
            if (text is not null)
            {
                throw context.Fail(element, $"<{name}> cannot contain text (found \"{Shorten(text.Value.Trim())}\")");
            }
        }

        var children = element.Elements().ToList();
        var index = 0;
        foreach (var particle in model.Children)
        {
            var count = 0;
            while (index < children.Count && count < particle.Max && Matches(particle, children[index]))
            {
                index++;
                count++;
            }

            if (count < particle.Min)
            {
                var what = string.Join(" or ", particle.Names.Select(n => "<" + n + ">"));
                var found = index < children.Count ? $"<{children[index].Name.LocalName}>" : "nothing";
                throw context.Fail(index < children.Count ? children[index] : element,
                    $"<{name}> must contain {what} here, found {found} ({Xliff2ValidationContext.Where(element)})");
            }
        }

        if (index < children.Count)
        {
            var child = children[index];
            var childName = child.Name.Namespace == Xliff2Names.Core ? $"<{child.Name.LocalName}>" : $"<{child.Name.LocalName}> (namespace \"{child.Name.NamespaceName}\")";
            throw context.Fail(child, $"{childName} is not allowed at this place in <{name}> ({Xliff2ValidationContext.Where(element)})");
        }
    }

    private static bool Matches(ChildParticle particle, XElement child)
    {
        if (child.Name.Namespace == Xliff2Names.Core)
        {
            return particle.Names.Contains(child.Name.LocalName);
        }

        return child.Name.Namespace != XNamespace.None && particle.Names.Contains(ChildParticle.Other);
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
