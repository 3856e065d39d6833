using TranslationReview.Core.Names;

namespace TranslationReview.Core.Checks;

/// <summary>
/// <c>name.established</c>: a foreign name with an established Latin spelling back-transliterated from its Cyrillic form
/// (Berbock for Бербок instead of Baerbock, Sholts for Шольц instead of Scholz). The shipped list of established
/// spellings gives the suggestion.
/// </summary>
public sealed class NameEstablishedCheck : ICheck
{
    /// <inheritdoc/>
    public string Id => "name.established";

    /// <inheritdoc/>
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reported = new HashSet<(int, int)>();
        foreach (var rendering in NameRenderings.Of(context).All)
        {
            if (rendering.Status != NameRenderingStatus.NotEstablishedSpelling || rendering.Target is null || rendering.Expected is null
                || !reported.Add((rendering.SegmentNumber, rendering.Target.Start)))
            {
                continue;
            }

            var source = new TextSpan(rendering.Word.Start, rendering.Word.Length, rendering.Word.Text);
            yield return new CheckFinding(
                rendering.SegmentNumber,
                Id,
                IssueCategory.Name,
                Severity.Major,
                source,
                rendering.Target,
                $"'{rendering.Target.Text}' spells {rendering.Word.Text} from its Cyrillic form; the name's established spelling is '{rendering.Expected}'.",
                rendering.Expected);
        }
    }
}
