using System.Globalization;
using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Core.Formats.PlainText;

/// <summary>
/// Imports a source text and its translation, two plain-text files with one paragraph per line, as a bilingual
/// document: each paragraph is split into sentences, the sentences of the two texts are aligned, and every bead
/// becomes one segment.
/// </summary>
/// <remarks>
/// <para>Files: UTF-8 with or without a byte order mark, or UTF-16 with one; CRLF, LF or CR line ends; empty
/// lines are ignored. Each file must hold text and stay within <see cref="ReadOptions.MaxBytes"/>.</para>
/// <para>Segments: the bead's source sentences joined by a space form the source, its target sentences the
/// target. A 1-0 bead (untranslated sentence) gives a New segment with no target; a 0-1 bead (added sentence) a
/// segment with an empty source; every other bead a Translated segment. Properties:
/// <see cref="ParagraphProperty"/> (the source paragraph, or the target paragraph for a 0-1 bead) and
/// <see cref="AlignmentConfidenceProperty"/> (the bead's confidence, invariant <c>0.000</c>).</para>
/// <para>For pre-segmented files (one sentence per line) pass a <see cref="LineSegmenter"/>.</para>
/// </remarks>
public sealed class TextPairImporter
{
    /// <summary>The segment property holding the aligner's confidence in the bead, <c>alignment-confidence</c>.</summary>
    public const string AlignmentConfidenceProperty = "alignment-confidence";

    private readonly ISentenceSegmenter _segmenter;
    private readonly ISentenceAligner _aligner;

    /// <summary>Creates an importer that splits paragraphs with <paramref name="segmenter"/> and aligns with <paramref name="aligner"/>.</summary>
    public TextPairImporter(ISentenceSegmenter segmenter, ISentenceAligner aligner)
    {
        _segmenter = segmenter;
        _aligner = aligner;
    }

    /// <summary>Imports two files from disk; the document is named after the source file.</summary>
    public async Task<BilingualDocument> ImportAsync(
        string sourcePath, string targetPath, string sourceLanguage, string targetLanguage, ReadOptions options, CancellationToken cancellationToken)
    {
        await using var source = InputFile.Open(sourcePath, options);
        await using var target = InputFile.Open(targetPath, options);
        return await ImportAsync(source, Path.GetFileName(sourcePath), target, Path.GetFileName(targetPath),
            sourceLanguage, targetLanguage, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports two streams (uploads); the names appear in errors and the document takes the source name.</summary>
    public async Task<BilingualDocument> ImportAsync(
        Stream source, string sourceName, Stream target, string targetName,
        string sourceLanguage, string targetLanguage, ReadOptions options, CancellationToken cancellationToken)
    {
        var sourceText = await ReadAsync(source, sourceName, sourceLanguage, options, cancellationToken).ConfigureAwait(false);
        var targetText = await ReadAsync(target, targetName, targetLanguage, options, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        var beads = _aligner.Align(sourceText.Sentences, targetText.Sentences, sourceLanguage, targetLanguage);
        return ToDocument(sourceName, sourceText, targetText, beads, sourceLanguage, targetLanguage);
    }

    /// <summary>
    /// Builds the bilingual document of an alignment: one segment per bead, numbered from 1. Throws when the
    /// beads do not cover every sentence exactly once, in order.
    /// </summary>
    public static BilingualDocument ToDocument(
        string name, ParagraphText source, ParagraphText target, IReadOnlyList<Bead> beads, string sourceLanguage, string targetLanguage)
    {
        BeadCoverage.Verify(beads, source.Sentences.Count, target.Sentences.Count);
        var segments = new List<Segment>(beads.Count);
        foreach (var bead in beads)
        {
            segments.Add(ToSegment(bead, segments.Count + 1, source, target));
        }

        return new BilingualDocument(name, sourceLanguage, targetLanguage, segments);
    }

    /// <summary>Reads one plain-text stream (one paragraph per line) and splits every paragraph into sentences.</summary>
    public async Task<ParagraphText> ReadAsync(
        Stream input, string fileName, string languageTag, ReadOptions options, CancellationToken cancellationToken)
    {
        var text = await PlainTextInput.ReadAsync(input, fileName, options, cancellationToken).ConfigureAwait(false);
        if (text.Length == 0)
        {
            throw new DocumentFormatException(fileName, "the file is empty; expected one paragraph of text per line");
        }

        var sentences = new List<string>();
        var paragraphOfSentence = new List<int>();
        var paragraph = 0;
        foreach (var (_, line) in TextLines.Split(text))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var split = _segmenter.Split(line, languageTag);
            sentences.AddRange(split);
            paragraphOfSentence.AddRange(Enumerable.Repeat(paragraph, split.Count));
            paragraph++;
        }

        if (sentences.Count == 0)
        {
            throw new DocumentFormatException(fileName, "the file holds only white space; expected one paragraph of text per line");
        }

        return new ParagraphText(sentences, paragraphOfSentence);
    }

    private static Segment ToSegment(Bead bead, int number, ParagraphText source, ParagraphText target)
    {
        var sourceSentences = bead.SourceIndices.Select(i => source.Sentences[i]);
        var targetText = SentenceJoiner.Join(bead.TargetIndices.Select(i => target.Sentences[i]));
        var paragraph = bead.SourceIndices.Count > 0
            ? source.ParagraphOfSentence[bead.SourceIndices[0]]
            : target.ParagraphOfSentence[bead.TargetIndices[0]];

        return new Segment(
            number.ToString(CultureInfo.InvariantCulture),
            SegmentContent.FromText(SentenceJoiner.Join(sourceSentences)),
            targetText.Length == 0 ? null : SegmentContent.FromText(targetText),
            targetText.Length == 0 ? SegmentState.New : SegmentState.Translated)
        {
            Properties = new Dictionary<string, string>
            {
                [ParagraphProperty.Name] = ParagraphProperty.Format(paragraph),
                [AlignmentConfidenceProperty] = bead.Confidence.ToString("0.000", CultureInfo.InvariantCulture),
            },
        };
    }
}
