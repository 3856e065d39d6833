using TranslationReview.Core.Diffing;

namespace TranslationReview.Cli.Commands;

/// <summary>The diff of one line pair, with its 1-based line number.</summary>
internal sealed record DiffLine(int Number, TextDiff Diff);
