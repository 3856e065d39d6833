using TranslationReview.Core.Names;

namespace TranslationReview.Core.Checks;

/// <summary>
/// <c>name.transliteration</c>: a Ukrainian person or place rendered through the Russian form of the name (Kharkov for
/// Харків, Vladimir Zelensky for Володимир/Владимир Зеленский, Zaporozhye for Запоріжжя/Запорожье). The suggestion is
/// the established spelling when there is one, else the KMU 2010 romanization of the Ukrainian form.
/// </summary>
public sealed class NameTransliterationCheck : ICheck
{
    /// <inheritdoc/>
    public string Id => "name.transliteration";

    /// <inheritdoc/>
    public IEnumerable<CheckFinding> Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reported = new HashSet<(int, int)>();
        foreach (var rendering in NameRenderings.Of(context).All)
        {
            if (rendering.Status != NameRenderingStatus.OtherLanguageForm || rendering.Target is null || rendering.Expected is null
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
                $"'{rendering.Target.Text}' renders the Ukrainian name {rendering.Word.Text} through its Russian form; write '{rendering.Expected}'.",
                rendering.Expected);
        }
    }
}
