namespace TranslationReview.Web.Components.Shared;

/// <summary>A piece of segment text covered by the same marks throughout (none for plain text).</summary>
public sealed record TextRun(string Text, IReadOnlyList<FlagMark> Marks);
