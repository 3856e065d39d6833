namespace TranslationReview.Core.Formats.PlainText;

/// <summary>The sentences of one side of a text pair, each with the index of the paragraph it came from.</summary>
internal sealed record ParagraphText(IReadOnlyList<string> Sentences, IReadOnlyList<int> ParagraphOfSentence);
