using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>Fragment identifiers in <c>ref</c> attributes of annotations and module elements follow the XLIFF 2 syntax.</summary>
internal sealed class FragmentIdentifierRules : IXliff2Rule
{
    public void Check(Xliff2ValidationContext context)
    {
        foreach (var element in context.AllElements)
        {
            var isMarker = element.Name == Xliff2Names.Mrk || element.Name == Xliff2Names.Sm;
            if (!isMarker && !Xliff2Names.IsModule(element.Name.Namespace))
            {
                continue;
            }

            foreach (var attribute in element.Attributes().Where(a => a.Name.LocalName is "ref" && a.Name.Namespace == XNamespace.None))
            {
                if (FragmentIdentifier.Parse(attribute.Value) is { } fragment && fragment.Problem() is { } problem)
                {
                    throw context.Fail(element,
                        $"<{element.Name.LocalName}> has ref=\"{attribute.Value}\", which is not a valid XLIFF fragment identifier: {problem} ({Xliff2ValidationContext.Where(element)})");
                }
            }
        }
    }
}
