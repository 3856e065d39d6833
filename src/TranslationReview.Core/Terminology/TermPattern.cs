namespace TranslationReview.Core.Terminology;

/// <summary>A term a <see cref="TermMatcher"/> looks for.</summary>
/// <param name="Text">The term as the glossary writes it.</param>
/// <param name="EntryIndex">The index of its entry in <see cref="Glossary.Entries"/>.</param>
/// <param name="Role">Source term, accepted or forbidden rendering.</param>
public sealed record TermPattern(string Text, int EntryIndex, TermRole Role);
