using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Terminology;

/// <summary>
/// Loads a glossary file of either format: TBX (v2 <c>martif</c> or v3 <c>tbx</c>, through <see cref="TbxReader"/>) or
/// CSV with the header <c>source,target,forbidden,type,note</c> (through <see cref="GlossaryCsvReader"/>), chosen by
/// content first and by extension when the content does not tell.
/// </summary>
public static class GlossaryLoader
{
    /// <summary>Loads the glossary at <paramref name="path"/> for the given language pair.</summary>
    /// <exception cref="DocumentFormatException">The file is missing, too large, or not a readable glossary.</exception>
    public static Task<Glossary> LoadAsync(string path, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken) =>
        LoadAsync(path, sourceLanguage, targetLanguage, ReadOptions.Default, cancellationToken);

    /// <summary>Loads the glossary at <paramref name="path"/> for the given language pair, within the size limit of <paramref name="options"/>.</summary>
    /// <exception cref="DocumentFormatException">The file is missing, too large, or not a readable glossary.</exception>
    public static async Task<Glossary> LoadAsync(
        string path, string sourceLanguage, string targetLanguage, ReadOptions options, CancellationToken cancellationToken)
    {
        await using var stream = InputFile.Open(path, options);
        return await LoadAsync(stream, Path.GetFileName(path), sourceLanguage, targetLanguage, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a glossary from a stream (an upload); <paramref name="fileName"/> names it in errors and helps pick the format.</summary>
    /// <exception cref="DocumentFormatException">The content is too large or not a readable glossary.</exception>
    public static async Task<Glossary> LoadAsync(
        Stream input, string fileName, string sourceLanguage, string targetLanguage, ReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = await FileSizeLimit.ReadAllAsync(input, fileName, options, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (IsTbx(fileName, TextDecoding.Peek(bytes)))
        {
            var tbxOptions = options with { SourceLanguage = sourceLanguage, TargetLanguage = targetLanguage };
            return await TbxReader.ReadAsync(buffer, fileName, tbxOptions, cancellationToken).ConfigureAwait(false);
        }

        return GlossaryCsvReader.Parse(TextDecoding.Decode(bytes, fileName), fileName, sourceLanguage, targetLanguage);
    }

    /// <summary>True when the content starts like XML or TBX, or the name ends in <c>.tbx</c> or <c>.xml</c>; CSV otherwise.</summary>
    public static bool IsTbx(string fileName, string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (head.AsSpan().TrimStart("\uFEFF \t\r\n").StartsWith("<", StringComparison.Ordinal))
        {
            return true;
        }

        var extension = Path.GetExtension(fileName);
        return extension.Equals(".tbx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xml", StringComparison.OrdinalIgnoreCase);
    }
}
