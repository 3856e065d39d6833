namespace TranslationReview.Core.Formats.PlainText;

/// <summary>The sentences of a plain text in order, with the 0-based paragraph (input line) each comes from.</summary>
/// <param name="Sentences">The sentences.</param>
/// <param name="ParagraphOfSentence">For each sentence, its paragraph.</param>
public sealed record ParagraphText(IReadOnlyList<string> Sentences, IReadOnlyList<int> ParagraphOfSentence);
