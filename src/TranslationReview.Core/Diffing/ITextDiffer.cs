namespace TranslationReview.Core.Diffing;

/// <summary>Computes the word-level diff, with character detail on replaced words, of two versions of a text.</summary>
public interface ITextDiffer
{
    /// <summary>Diffs <paramref name="oldText"/> against <paramref name="newText"/>.</summary>
    TextDiff Diff(string oldText, string newText);
}
