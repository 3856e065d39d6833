namespace TranslationReview.Core.Documents;

/// <summary>One piece of segment content: a run of text or an inline code.</summary>
public abstract record InlineElement;
