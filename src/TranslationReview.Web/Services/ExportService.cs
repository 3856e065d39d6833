using TranslationReview.Core.Formats;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>Writes a stored document in one of the engine's formats.</summary>
public sealed class ExportService
{
    private readonly DocumentStore _documents;
    private readonly FormatRegistry _formats;

    public ExportService(DocumentStore documents, FormatRegistry formats)
    {
        _documents = documents;
        _formats = formats;
    }

    /// <summary>The exported file, or null when the document does not exist.</summary>
    /// <exception cref="ArgumentException">The format is not one of <see cref="ExportFormat.All"/>.</exception>
    public async Task<ExportedFile?> ExportAsync(int documentId, ExportFormat format, CancellationToken cancellationToken)
    {
        var summary = await _documents.GetAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (summary is null)
        {
            return null;
        }

        var writer = _formats.FindWriter(format.Id)
            ?? throw new ArgumentException($"No writer for the format '{format.Id}'.", nameof(format));
        var document = await _documents.ExportAsync(documentId, cancellationToken).ConfigureAwait(false);
        using var output = new MemoryStream();
        await writer.WriteAsync(document, output, cancellationToken).ConfigureAwait(false);
        return new ExportedFile(FileNameFor(summary.Name, format), format.ContentType, output.ToArray());
    }

    /// <summary>The download's name: the document name without its extension, plus the format's suffix.</summary>
    public static string FileNameFor(string documentName, ExportFormat format)
    {
        var stem = Path.GetFileNameWithoutExtension(documentName);
        foreach (var invalid in Path.GetInvalidFileNameChars())
        {
            stem = stem.Replace(invalid, '_');
        }

        return (stem.Length == 0 ? "document" : stem) + format.Suffix;
    }
}
