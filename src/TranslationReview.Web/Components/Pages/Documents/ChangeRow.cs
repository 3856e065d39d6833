using TranslationReview.Core.Diffing;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>A changed segment on the changes page, with its diff computed when the row comes on screen.</summary>
public sealed record ChangeRow(ChangedSegment Segment, TextDiff Diff);
