namespace TranslationReview.Core.Names;

/// <summary>A proper name (person, place, organization) found in a Russian or Ukrainian source: one or more words.</summary>
/// <param name="Start">UTF-16 offset of its first word.</param>
/// <param name="Length">Length up to the end of its last word.</param>
/// <param name="Text">The name as written (Владимира Зеленского, Біла Церква, В. В. Путин).</param>
/// <param name="Words">Its words, initials left out.</param>
public sealed record SourceName(int Start, int Length, string Text, IReadOnlyList<SourceNameWord> Words);
