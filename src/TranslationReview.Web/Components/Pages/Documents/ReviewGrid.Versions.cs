using Microsoft.JSInterop;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>The grid's side of version comparison: disagreement badges on rows and opening a segment's versions.</summary>
public sealed partial class ReviewGrid
{
    /// <summary>Shows a row changed outside the grid (a version made current in the versions panel).</summary>
    public async Task ShowChangedRowAsync(SegmentRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Remember(row);
        await RememberScoresAsync([row], CancellationToken.None);
        StateHasChanged();
    }

    /// <summary>Puts the keyboard focus back on a row (after the versions panel closes).</summary>
    public void FocusRow(long id)
    {
        _focusRowId = id;
        StateHasChanged();
    }

    /// <summary>Ctrl+Shift+V on a focused row opens its versions.</summary>
    [JSInvokable]
    public async Task OnVersionsShortcutAsync(long id)
    {
        if (await RowAsync(id) is { } row)
        {
            await OnVersionsRequestedAsync(row);
        }
    }

    private Task OnVersionsRequestedAsync(SegmentRow row) => OnVersionsRequested.InvokeAsync(Current(row));

    private async Task RememberScoresAsync(IReadOnlyList<SegmentRow> rows, CancellationToken cancellationToken)
    {
        var scores = await Segments.GetDisagreementAsync(DocumentId, rows.Select(r => r.Id), cancellationToken);
        foreach (var row in rows)
        {
            if (scores.TryGetValue(row.Id, out var score))
            {
                _scores[row.Id] = score;
            }
            else
            {
                _scores.Remove(row.Id);
            }
        }
    }
}
