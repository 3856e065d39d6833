using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Formats.Xliff12;

/// <summary>
/// Writes XLIFF 1.2: one <c>&lt;file&gt;</c> per file of the document, trans-units regrouped from segments (with
/// <c>&lt;seg-source&gt;</c> when a unit holds several), states, notes, and, for documents read from XLIFF 1.2,
/// everything the reader kept (headers, groups, alt-trans, vendor extensions).
/// </summary>
public sealed class Xliff12Writer : IBilingualWriter
{
    /// <inheritdoc />
    public string FormatId => "xliff12";

    /// <inheritdoc />
    public string FileExtension => ".xlf";

    /// <inheritdoc />
    public async Task WriteAsync(BilingualDocument document, Stream output, CancellationToken cancellationToken)
    {
        var xml = new Xliff12DocumentBuilder(document).Build();
        await XmlOutput.SaveAsync(xml, output, cancellationToken).ConfigureAwait(false);
    }
}
