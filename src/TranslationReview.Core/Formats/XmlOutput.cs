using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace TranslationReview.Core.Formats;

/// <summary>How every XML format is written: UTF-8 without a byte order mark, and nothing that changes content.</summary>
internal static class XmlOutput
{
    /// <summary>A writer over <paramref name="output"/> that leaves the stream open.</summary>
    public static XmlWriter CreateWriter(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // No automatic indentation: whitespace inside <source>, <target> and <seg> is content. Writers that want
        // readable structure indent between elements themselves.
        Indent = false,
        // Carriage returns inside text are content (&#xD; in the file read); keep them as character references.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });

    /// <summary>Saves a whole document.</summary>
    public static async Task SaveAsync(XDocument xml, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = CreateWriter(output);
        await xml.SaveAsync(writer, cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }
}
