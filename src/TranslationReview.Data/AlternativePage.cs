namespace TranslationReview.Data;

/// <summary>One page of the Alternatives page's rows.</summary>
/// <param name="Rows">The rows of the page, in position order.</param>
/// <param name="TotalCount">How many segments the document has.</param>
public sealed record AlternativePage(IReadOnlyList<AlternativeRow> Rows, int TotalCount);
