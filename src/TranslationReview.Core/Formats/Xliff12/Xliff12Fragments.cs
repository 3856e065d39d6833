using System.Xml.Linq;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Brings XML kept verbatim by the reader back into a document being written: XLIFF 1.0/1.1 (or namespace-less)
/// elements move to the XLIFF 1.2 namespace, and declarations the root already makes are dropped.
/// </summary>
internal sealed class Xliff12Fragments
{
    private static readonly XNamespace Ns = Xliff12Names.Xliff;
    private readonly XNamespace? _sourceNamespace;
    private readonly IReadOnlyDictionary<string, XNamespace> _rootPrefixes;

    public Xliff12Fragments(XNamespace? sourceNamespace, IReadOnlyDictionary<string, XNamespace> rootPrefixes)
    {
        _sourceNamespace = sourceNamespace;
        _rootPrefixes = rootPrefixes;
    }

    /// <summary>Parses <paramref name="xml"/> and moves it into the XLIFF 1.2 namespace.</summary>
    public XElement Parse(string xml) => Retarget(XElement.Parse(xml, LoadOptions.PreserveWhitespace));

    /// <summary>Parses inner XML (nodes without a single root) as children of an XLIFF 1.2 element.</summary>
    public IEnumerable<XNode> ParseInner(string xml)
    {
        var defaultNs = _sourceNamespace ?? Ns;
        var wrapper = XElement.Parse("<w xmlns=\"" + defaultNs.NamespaceName + "\">" + xml + "</w>", LoadOptions.PreserveWhitespace);
        return Retarget(wrapper).Nodes().ToList();
    }

    private XElement Retarget(XElement element)
    {
        foreach (var e in element.DescendantsAndSelf())
        {
            if (e.Name.Namespace == XNamespace.None || e.Name.Namespace == _sourceNamespace)
            {
                e.Name = Ns + e.Name.LocalName;
            }

            foreach (var declaration in e.Attributes().Where(a => a.IsNamespaceDeclaration).ToList())
            {
                var isDefault = declaration.Name.Namespace == XNamespace.None;
                var uri = declaration.Value == _sourceNamespace?.NamespaceName ? Ns.NamespaceName : declaration.Value;
                var redundant = isDefault
                    ? uri == Ns.NamespaceName || uri.Length == 0
                    : _rootPrefixes.TryGetValue(declaration.Name.LocalName, out var known) && known.NamespaceName == uri;
                if (redundant || isDefault)
                {
                    declaration.Remove();
                }
                else if (uri != declaration.Value)
                {
                    declaration.Value = uri;
                }
            }
        }

        return element;
    }
}
