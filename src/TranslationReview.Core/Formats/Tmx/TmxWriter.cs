using System.Xml;
using System.Xml.Linq;
using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Tmx;

/// <summary>
/// Writes TMX 1.4b: a header naming TranslationReview as the creation tool, then one <c>&lt;tu&gt;</c> per segment
/// with a source and (when translated) a target variant, properties and notes, inline codes as
/// <c>&lt;bpt&gt;</c>/<c>&lt;ept&gt;</c>/<c>&lt;ph&gt;</c>/<c>&lt;it&gt;</c> with their native data. A memory read from
/// TMX keeps its header notes and properties, unit attributes and other language variants.
/// </summary>
public sealed class TmxWriter : IBilingualWriter
{
    /// <inheritdoc />
    public string FormatId => "tmx";

    /// <inheritdoc />
    public string FileExtension => ".tmx";

    /// <inheritdoc />
    public async Task WriteAsync(BilingualDocument document, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = XmlOutput.CreateWriter(output);
        var fromTmx = document.Properties.ContainsKey(TmxNames.Version);
        await writer.WriteStartDocumentAsync().ConfigureAwait(false);
        await writer.WriteWhitespaceAsync("\n").ConfigureAwait(false);
        await writer.WriteStartElementAsync(null, "tmx", null).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "version", null, "1.4").ConfigureAwait(false);
        await WriteHeaderAsync(writer, document, fromTmx, cancellationToken).ConfigureAwait(false);
        await writer.WriteWhitespaceAsync("\n  ").ConfigureAwait(false);
        await writer.WriteStartElementAsync(null, "body", null).ConfigureAwait(false);
        var units = new TmxUnitWriter(document, fromTmx);
        foreach (var segment in document.Segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await units.WriteAsync(writer, segment, cancellationToken).ConfigureAwait(false);
        }

        await writer.WriteWhitespaceAsync("\n  ").ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteWhitespaceAsync("\n").ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    private static async Task WriteHeaderAsync(XmlWriter writer, BilingualDocument document, bool fromTmx, CancellationToken cancellationToken)
    {
        string Header(string name, string fallback) =>
            fromTmx ? document.Properties.GetValueOrDefault(TmxNames.HeaderPrefix + name, fallback) : fallback;

        await writer.WriteWhitespaceAsync("\n  ").ConfigureAwait(false);
        await writer.WriteStartElementAsync(null, "header", null).ConfigureAwait(false);
        var attributes = new List<(string, string)>
        {
            ("creationtool", "TranslationReview"),
            ("creationtoolversion", typeof(TmxWriter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"),
            ("segtype", Header("segtype", "sentence")),
            ("o-tmf", Header("o-tmf", "TranslationReview")),
            ("adminlang", Header("adminlang", "en-US")),
            ("srclang", Header("srclang", document.SourceLanguage) == "*all*" ? "*all*" : document.SourceLanguage),
            ("datatype", Header("datatype", "unknown")),
        };
        foreach (var name in new[] { "o-encoding", "creationdate", "creationid", "changedate", "changeid" })
        {
            if (fromTmx && document.Properties.TryGetValue(TmxNames.HeaderPrefix + name, out var value))
            {
                attributes.Add((name, value));
            }
        }

        foreach (var (name, value) in attributes)
        {
            await writer.WriteAttributeStringAsync(null, name, null, value).ConfigureAwait(false);
        }

        if (fromTmx)
        {
            // The header's notes, properties and user-defined encodings, as the memory had them.
            var children = document.PreservedXml.Select(x => XElement.Parse(x, LoadOptions.PreserveWhitespace)).Where(e => e.Name.LocalName == "header").SelectMany(h => h.Elements()).ToList();
            foreach (var child in children)
            {
                await writer.WriteWhitespaceAsync("\n    ").ConfigureAwait(false);
                await child.WriteToAsync(writer, cancellationToken).ConfigureAwait(false);
            }

            if (children.Count > 0)
            {
                await writer.WriteWhitespaceAsync("\n  ").ConfigureAwait(false);
            }
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }
}
