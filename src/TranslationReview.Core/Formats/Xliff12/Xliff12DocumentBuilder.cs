using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>Builds the XLIFF 1.2 tree of a document: root, files (from the kept shells or new ones) and bodies.</summary>
internal sealed class Xliff12DocumentBuilder
{
    private static readonly XNamespace Ns = Xliff12Names.Xliff;
    private readonly BilingualDocument _document;
    private readonly bool _fromXliff12;
    private readonly XNamespace? _sourceNamespace;
    private readonly Dictionary<string, XNamespace> _prefixes = new(StringComparer.Ordinal);

    public Xliff12DocumentBuilder(BilingualDocument document)
    {
        _document = document;
        _fromXliff12 = document.Properties.ContainsKey(Xliff12Names.Version);
        _sourceNamespace = _fromXliff12 ? XNamespace.Get(document.Properties.GetValueOrDefault(Xliff12Names.Namespace, string.Empty)) : null;
    }

    public XDocument Build()
    {
        var root = new XElement(Ns + "xliff", new XAttribute("version", "1.2"));
        if (_fromXliff12)
        {
            AddRootAttributes(root);
        }

        var fragments = new Xliff12Fragments(_sourceNamespace, _prefixes);
        var body = new Xliff12BodyBuilder(_document, _fromXliff12, new Xliff12InlineWriter(_prefixes, fragments, _fromXliff12), fragments, _prefixes);
        var byFile = _document.Segments.GroupBy(s => s.FileId ?? string.Empty).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (_fromXliff12)
        {
            var fileIds = new Xliff12FileIds();
            foreach (var kept in _document.PreservedXml)
            {
                var element = fragments.Parse(kept);
                if (element.Name == Ns + "file")
                {
                    var fileId = fileIds.Next(element);
                    written.Add(fileId);
                    root.Add(new XText("\n"), CompleteFile(element, byFile.GetValueOrDefault(fileId) ?? [], body));
                }
                else
                {
                    root.Add(new XText("\n"), element);
                }
            }
        }

        foreach (var (fileId, segments) in byFile.Where(f => !written.Contains(f.Key)))
        {
            var file = new XElement(Ns + "file",
                new XAttribute("original", fileId.Length > 0 ? fileId : _document.Name),
                new XAttribute("source-language", _document.SourceLanguage),
                new XAttribute("datatype", "plaintext"));
            root.Add(new XText("\n"), CompleteFile(file, segments, body));
        }

        root.Add(new XText("\n"));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private XElement CompleteFile(XElement file, List<Segment> segments, Xliff12BodyBuilder body)
    {
        if (_document.TargetLanguage is { } target && file.Attribute("target-language") is null)
        {
            file.Add(new XAttribute("target-language", target));
        }

        file.Add(body.Build(segments));
        return file;
    }

    private void AddRootAttributes(XElement root)
    {
        foreach (var (key, value) in _document.Properties)
        {
            if (!key.StartsWith(Xliff12Names.RootAttributePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = key[Xliff12Names.RootAttributePrefix.Length..];
            if (name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                var uri = value == _sourceNamespace?.NamespaceName ? Ns.NamespaceName : value;
                var prefix = name["xmlns:".Length..];
                _prefixes[prefix] = uri;
                root.Add(new XAttribute(XNamespace.Xmlns + prefix, uri));
            }
        }

        foreach (var (key, value) in _document.Properties)
        {
            var name = key.StartsWith(Xliff12Names.RootAttributePrefix, StringComparison.Ordinal) ? key[Xliff12Names.RootAttributePrefix.Length..] : null;
            if (name is null or "version" or "xmlns" || name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                continue;
            }

            if (Xliff12Names.ResolveAttribute(name, _prefixes) is { } attributeName)
            {
                root.SetAttributeValue(attributeName, value);
            }
        }
    }
}
