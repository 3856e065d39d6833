using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>
/// Editing hints: <c>canReorder="no"/"firstNo"</c> needs <c>canCopy="no"</c> and <c>canDelete="no"</c>; an <c>ec</c>
/// repeats the hints of its <c>sc</c> (<c>firstNo</c> closes with <c>no</c>); a non-reorderable sequence starts with
/// <c>firstNo</c> and appears unchanged in the target; a code with <c>canDelete="no"</c> is kept in the unit's target.
/// </summary>
internal sealed class EditingHintRules : IXliff2Rule
{
    private static readonly string[] Hints = ["canCopy", "canDelete", "canOverlap", "canReorder"];

    public void Check(Xliff2ValidationContext context)
    {
        foreach (var unit in context.Core("unit"))
        {
            var parts = unit.Elements().Where(e => e.Name == Xliff2Names.Segment || e.Name == Xliff2Names.Ignorable).ToList();
            var targets = parts.SelectMany(p => p.Elements(Xliff2Names.Target)).ToList();
            CheckPairs(context, parts.SelectMany(p => p.Elements(Xliff2Names.Source)).ToList());
            CheckPairs(context, targets);
            foreach (var content in parts.SelectMany(p => p.Elements()))
            {
                CheckContent(context, content);
            }
            foreach (var part in parts)
            {
                var source = part.Element(Xliff2Names.Source);
                var target = part.Element(Xliff2Names.Target);
                if (source is not null && target is not null)
                {
                    CheckKept(context, source, targets);
                    CheckSequences(context, source, target);
                }
            }
        }
    }

    private static void CheckContent(Xliff2ValidationContext context, XElement content)
    {
        var tokens = Tokens(content).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (element, key, reorder) = tokens[i];
            if (key.EndsWith('>'))
            {
                continue;
            }

            if (reorder is "no" or "firstNo"
                && ((string?)element.Attribute("canCopy") != "no" || (string?)element.Attribute("canDelete") != "no"))
            {
                throw context.Fail(element,
                    $"<{element.Name.LocalName}> has canReorder=\"{reorder}\" but not canCopy=\"no\" and canDelete=\"no\" ({Xliff2ValidationContext.Where(element)})");
            }

            if (reorder == "no" && (i == 0 || tokens[i - 1].Reorder is not ("no" or "firstNo")))
            {
                throw context.Fail(element,
                    $"<{element.Name.LocalName}> has canReorder=\"no\" but does not follow a code with canReorder=\"firstNo\" or \"no\"; a non-reorderable sequence starts with firstNo ({Xliff2ValidationContext.Where(element)})");
            }
        }
    }

    private static void CheckPairs(Xliff2ValidationContext context, List<XElement> contents)
    {
        var codes = contents.SelectMany(c => c.Descendants()).ToList();
        foreach (var ec in codes.Where(c => c.Name == Xliff2Names.Ec && c.Attribute("startRef") is not null))
        {
            var startRef = (string)ec.Attribute("startRef")!;
            var sc = codes.TakeWhile(c => c != ec).LastOrDefault(c => c.Name == Xliff2Names.Sc && (string?)c.Attribute("id") == startRef);
            if (sc is null)
            {
                continue;
            }

            foreach (var hint in Hints)
            {
                var start = (string?)sc.Attribute(hint) ?? "yes";
                var end = (string?)ec.Attribute(hint) ?? "yes";
                var expected = start == "firstNo" ? "no" : start;
                if (end != expected)
                {
                    throw context.Fail(ec,
                        $"<ec startRef=\"{startRef}\"> has {hint}=\"{end}\" but its <sc> has {hint}=\"{start}\"; the end code must say \"{expected}\" ({Xliff2ValidationContext.Where(ec)})");
                }
            }
        }
    }

    private static void CheckKept(Xliff2ValidationContext context, XElement source, List<XElement> targets)
    {
        foreach (var code in source.Descendants().Where(c => (string?)c.Attribute("canDelete") == "no"))
        {
            var key = Key(code);
            if (!targets.SelectMany(t => t.Descendants()).Any(t => t.Name == code.Name && Key(t) == key))
            {
                throw context.Fail(code,
                    $"<{code.Name.LocalName}> \"{key}\" has canDelete=\"no\" but is missing from the target ({Xliff2ValidationContext.Where(code)})");
            }
        }
    }

    private static void CheckSequences(Xliff2ValidationContext context, XElement source, XElement target)
    {
        var sourceTokens = Tokens(source).ToList();
        var targetKeys = Tokens(target).Select(t => t.Key).ToList();
        for (var i = 0; i < sourceTokens.Count; i++)
        {
            if (sourceTokens[i].Reorder != "firstNo")
            {
                continue;
            }

            var sequence = new List<string> { sourceTokens[i].Key };
            for (var j = i + 1; j < sourceTokens.Count && sourceTokens[j].Reorder is "no"; j++)
            {
                sequence.Add(sourceTokens[j].Key);
            }

            var at = targetKeys.IndexOf(sequence[0]);
            if (at >= 0 && !targetKeys.Skip(at).Take(sequence.Count).SequenceEqual(sequence))
            {
                throw context.Fail(target,
                    $"the non-reorderable sequence starting at code \"{sequence[0]}\" is changed in the target ({Xliff2ValidationContext.Where(target)})");
            }
        }
    }

    /// <summary>The codes of a content in document order; a <c>pc</c> gives a start and an end token.</summary>
    private static IEnumerable<(XElement Element, string Key, string Reorder)> Tokens(XElement content)
    {
        foreach (var node in content.Elements())
        {
            var name = node.Name.LocalName;
            var reorder = (string?)node.Attribute("canReorder") ?? "yes";
            if (node.Name.Namespace != Xliff2Names.Core || name is not ("ph" or "sc" or "ec" or "pc" or "mrk"))
            {
                continue;
            }

            if (name != "mrk")
            {
                yield return (node, name + ":" + Key(node), reorder);
            }

            foreach (var inner in Tokens(node))
            {
                yield return inner;
            }

            if (name == "pc")
            {
                yield return (node, name + ":" + Key(node) + ">", reorder == "firstNo" ? "no" : reorder);
            }
        }
    }

    private static string Key(XElement code) => (string?)code.Attribute("id") ?? (string?)code.Attribute("startRef") ?? string.Empty;
}
