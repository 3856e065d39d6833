namespace TranslationReview.Core.Alignment;

/// <summary>
/// A sentence (or a block of consecutive sentences) as the aligner compares it: its length and the sorted,
/// distinct ids of the features it could share with its translation.
/// </summary>
internal sealed class SentenceProfile(int length, int[] features, int sentences = 1)
{
    /// <summary>How many sentences the profile stands for: 1, or the size of a block.</summary>
    public int Sentences { get; } = sentences;

    /// <summary>Characters other than white space.</summary>
    public int Length { get; } = length;

    /// <summary>Sorted distinct feature ids.</summary>
    public int[] Features { get; } = features;

    /// <summary>The profile of consecutive sentences read as one.</summary>
    public static SentenceProfile Merge(ReadOnlySpan<SentenceProfile> parts)
    {
        var length = 0;
        var sentences = 0;
        var capacity = 0;
        foreach (var part in parts)
        {
            length += part.Length;
            sentences += part.Sentences;
            capacity += part.Features.Length;
        }

        // The parts' features are sorted and distinct already: merge them instead of sorting them again.
        var merged = new int[capacity];
        var count = 0;
        Span<int> next = stackalloc int[parts.Length];
        while (true)
        {
            var smallest = int.MaxValue;
            for (var p = 0; p < parts.Length; p++)
            {
                if (next[p] < parts[p].Features.Length && parts[p].Features[next[p]] < smallest)
                {
                    smallest = parts[p].Features[next[p]];
                }
            }

            if (smallest == int.MaxValue)
            {
                break;
            }

            merged[count++] = smallest;
            for (var p = 0; p < parts.Length; p++)
            {
                if (next[p] < parts[p].Features.Length && parts[p].Features[next[p]] == smallest)
                {
                    next[p]++;
                }
            }
        }

        return new SentenceProfile(length, count == capacity ? merged : merged[..count], sentences);
    }
}
