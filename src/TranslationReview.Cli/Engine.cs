using TranslationReview.Core.Alignment;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Cli;

/// <summary>The Core components the commands use, composed once per run.</summary>
public sealed class Engine
{
    /// <summary>Every bilingual format.</summary>
    public FormatRegistry Formats { get; } = FormatRegistry.CreateDefault();

    /// <summary>Opens bilingual files with the limits and errors of the engine.</summary>
    public DocumentLoader Loader => new(Formats);

    /// <summary>The sentence aligner.</summary>
    public ISentenceAligner Aligner { get; } = new SentenceAligner();

    /// <summary>One sentence per non-empty line, for presegmented input.</summary>
    public ISentenceSegmenter LineSegmenter { get; } = new LineSegmenter();

    /// <summary>The built-in SRX rules, or the rules of a user's SRX file.</summary>
    public static async Task<ISentenceSegmenter> SegmenterAsync(string? srxPath, CancellationToken cancellationToken) =>
        srxPath is null ? SrxSegmenter.Default : await SrxSegmenter.LoadAsync(srxPath, cancellationToken).ConfigureAwait(false);
}
