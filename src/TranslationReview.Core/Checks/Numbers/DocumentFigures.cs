namespace TranslationReview.Core.Checks.Numbers;

/// <summary>The figures of every segment that has a target, read once per run and shared by the number and date checks.</summary>
internal sealed class DocumentFigures
{
    private readonly Dictionary<int, SegmentFigures> _bySegment = [];

    private DocumentFigures(CheckContext context)
    {
        var document = context.Document;
        foreach (var segment in document.Segments)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!string.IsNullOrWhiteSpace(segment.Target) && !string.IsNullOrWhiteSpace(segment.Source))
            {
                _bySegment[segment.Number] = SegmentFigures.Read(segment, document.SourceLanguage, document.TargetLanguage);
            }
        }
    }

    /// <summary>The figures of the run's document, read on first use.</summary>
    public static DocumentFigures Of(CheckContext context) => context.Shared(c => new DocumentFigures(c));

    /// <summary>The segment's figures, or null when it has no target to compare (the empty-target check reports that).</summary>
    public SegmentFigures? For(CheckSegment segment) => _bySegment.GetValueOrDefault(segment.Number);
}
