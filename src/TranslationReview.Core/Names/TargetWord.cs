using TranslationReview.Core.Alignment;

namespace TranslationReview.Core.Names;

/// <summary>A capitalized Latin word of an English target that may render a name; a possessive 's is left out.</summary>
/// <param name="Start">UTF-16 offset into the target.</param>
/// <param name="Length">Length without the possessive.</param>
/// <param name="Text">The word as written.</param>
/// <param name="Folded">Lower-case Latin without diacritics, for comparing with romanizations.</param>
internal sealed record TargetWord(int Start, int Length, string Text, string Folded)
{
    /// <summary>
    /// The capitalized words of a target, hyphenated words both whole and by their parts; <paramref name="folded"/>
    /// remembers the folding of each word met (shared across the segments of a document).
    /// </summary>
    public static IReadOnlyList<TargetWord> Find(string target, Dictionary<string, string> folded)
    {
        var words = new List<TargetWord>();
        var i = 0;
        while (i < target.Length)
        {
            if (!char.IsLetter(target[i]) || CyrillicTransliterator.IsCyrillic(target[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < target.Length && (char.IsLetter(target[end])
                || (target[end] is '-' or '\'' or '’' && end + 1 < target.Length && char.IsLetter(target[end + 1]))))
            {
                end++;
            }

            var length = end - i;
            if (length > 2 && target[end - 2] is '\'' or '’' && target[end - 1] is 's' or 'S')
            {
                length -= 2;
            }

            Add(words, target, i, length, folded);
            if (target.AsSpan(i, length).Contains('-'))
            {
                var partStart = i;
                for (var at = i; at <= i + length; at++)
                {
                    if (at == i + length || target[at] == '-')
                    {
                        Add(words, target, partStart, at - partStart, folded);
                        partStart = at + 1;
                    }
                }
            }

            i = end;
        }

        return words;
    }

    private static void Add(List<TargetWord> words, string target, int start, int length, Dictionary<string, string> folded)
    {
        if (length > 1 && char.IsUpper(target[start]))
        {
            var text = target.Substring(start, length);
            if (!folded.TryGetValue(text, out var fold))
            {
                fold = LatinFolding.Fold(text).Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
                folded[text] = fold;
            }

            words.Add(new TargetWord(start, length, text, fold));
        }
    }
}
