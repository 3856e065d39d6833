namespace TranslationReview.Core.Formats;

/// <summary>Limits and choices that apply when a bilingual file is read.</summary>
public sealed record ReadOptions
{
    /// <summary>The default size limit: 50 MB.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>Files larger than this are refused before parsing.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// For multilingual formats (TMX): the target language to take when a unit holds several; null takes the
    /// first language that is not the source.
    /// </summary>
    public string? TargetLanguage { get; init; }

    /// <summary>For formats without a language header (TSV): the source language tag.</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>The defaults: 50 MB, languages from the file.</summary>
    public static ReadOptions Default { get; } = new();
}
