using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Annotations: a comment annotation has exactly one of <c>value</c> and <c>ref</c>, and a <c>ref</c> points to a note
/// of the same unit (<c>#n=id</c>); a translation-candidate annotation (<c>type="mtc:match"</c>) has no <c>ref</c>.
/// </summary>
internal sealed class AnnotationRules : IXliff2Rule
{
    public void Check(Xliff2ValidationContext context)
    {
        foreach (var marker in context.Core("mrk").Concat(context.Core("sm")))
        {
            var name = marker.Name.LocalName;
            var type = (string?)marker.Attribute("type");
            var reference = (string?)marker.Attribute("ref");
            var where = Xliff2ValidationContext.Where(marker);
            if (type == "comment")
            {
                if ((marker.Attribute("value") is null) == (reference is null))
                {
                    throw context.Fail(marker, $"comment annotation <{name}> must have either value or ref, not both and not neither ({where})");
                }

                if (reference is not null)
                {
                    var unit = Xliff2ValidationContext.UnitOf(marker);
                    var noteId = FragmentIdentifier.Parse(reference) is { } fragment && fragment.IsUnitNote((string?)unit?.Attribute("id"))
                        ? fragment.Leaf!.Value.Id
                        : null;
                    if (noteId is null || unit is null
                        || !unit.Elements(Xliff2Names.Notes).Elements(Xliff2Names.Note).Any(n => (string?)n.Attribute("id") == noteId))
                    {
                        throw context.Fail(marker, $"comment annotation <{name}> has ref=\"{reference}\", which does not point to a note of its unit (#n=note-id) ({where})");
                    }
                }
            }
            else if (type == "mtc:match" && reference is not null)
            {
                throw context.Fail(marker, $"translation candidate annotation <{name} type=\"mtc:match\"> must not have a ref ({where})");
            }
        }
    }
}
