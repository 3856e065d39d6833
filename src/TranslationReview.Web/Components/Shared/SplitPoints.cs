namespace TranslationReview.Web.Components.Shared;

/// <summary>Where to split a segment: character offsets into its source and its target.</summary>
public sealed record SplitPoints(int SourceOffset, int TargetOffset)
{
    /// <summary>A first guess for a split point: the sentence or clause end nearest the middle, else the middle space.</summary>
    public static int Suggest(string text)
    {
        if (text.Length < 2)
        {
            return text.Length;
        }

        var middle = text.Length / 2;
        var best = -1;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == ' ' && IsBoundary(text[i - 1]) && (best < 0 || Math.Abs(i + 1 - middle) < Math.Abs(best - middle)))
            {
                best = i + 1;
            }
        }

        if (best > 0)
        {
            return best;
        }

        var space = text.LastIndexOf(' ', middle);
        return space > 0 ? space + 1 : middle;
    }

    private static bool IsBoundary(char c) => c is '.' or '!' or '?' or ';' or ':' or '…' or '。' or '»' or '"' or '”';
}
