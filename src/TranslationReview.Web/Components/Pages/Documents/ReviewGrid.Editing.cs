using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using TranslationReview.Core.Documents;
using TranslationReview.Data;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>The grid's editing and keyboard side: open, save and cancel the target editor; state shortcuts.</summary>
public sealed partial class ReviewGrid
{
    private async Task OnEditRequestedAsync(long id)
    {
        if (_editingId == id)
        {
            return;
        }

        var row = await RowAsync(id);
        if (row is null)
        {
            return;
        }

        _message = null;
        if (row.HasInlineCodes)
        {
            _editingId = null;
            _codeWarningId = id;
            return;
        }

        BeginEdit(row);
    }

    private async Task OnEditAnywayAsync(long id)
    {
        var row = await RowAsync(id);
        if (row is not null)
        {
            BeginEdit(row);
        }
    }

    private void OnKeepCodes()
    {
        _focusRowId = _codeWarningId;
        _codeWarningId = null;
    }

    private void BeginEdit(SegmentRow row)
    {
        _codeWarningId = null;
        _editingId = row.Id;
        _draft = row.Target ?? "";
        _focusEditor = true;
    }

    private void OnDraftInput(ChangeEventArgs e) => _draft = e.Value?.ToString() ?? "";

    private Task OnSaveClickedAsync(long id) => OnEditorSaveAsync(id, _draft);

    /// <summary>Ctrl+Enter in the editor: saves the text, then opens the next segment.</summary>
    [JSInvokable]
    public async Task OnEditorSaveAsync(long id, string text)
    {
        if (_editingId != id)
        {
            return;
        }

        var row = await RowAsync(id);
        var unchanged = row is not null && string.Equals(row.Target ?? "", text, StringComparison.Ordinal);
        var saved = unchanged || await RunAsync(async () =>
        {
            Remember(await Segments.UpdateTargetAsync(DocumentId, id, text, CancellationToken.None));
            _saved = $"Saved segment {row?.Position}.";
        });
        if (!saved)
        {
            StateHasChanged();
            return;
        }

        _editingId = null;
        await RememberScoresAsync(row is null ? [] : [row], CancellationToken.None);
        await RefreshIfPendingAsync();
        var nextId = _module is null ? null : await _module.InvokeAsync<long?>("neighbourId", _scroller, id, 1);
        var next = nextId is { } value ? await RowAsync(value) : null;
        if (next is not null && !next.HasInlineCodes)
        {
            BeginEdit(next);
        }
        else
        {
            _focusRowId = nextId ?? id;
        }

        StateHasChanged();
        if (!unchanged)
        {
            await OnChanged.InvokeAsync();
        }
    }

    /// <summary>Escape in the editor: drops the draft and returns focus to the row.</summary>
    [JSInvokable]
    public async Task OnEditorCancelAsync(long id)
    {
        if (_editingId == id)
        {
            _editingId = null;
            _focusRowId = id;
            await RefreshIfPendingAsync();
            StateHasChanged();
        }
    }

    /// <summary>Enter on a focused row opens its target for editing.</summary>
    [JSInvokable]
    public async Task OnEditShortcutAsync(long id)
    {
        await OnEditRequestedAsync(id);
        StateHasChanged();
    }

    /// <summary>Ctrl+Shift+A approves, Ctrl+Shift+R rejects, Ctrl+Shift+E asks for another review.</summary>
    [JSInvokable]
    public async Task OnStateShortcutAsync(long id, string key)
    {
        SegmentState? state = key switch
        {
            "a" => SegmentState.Approved,
            "r" => SegmentState.Rejected,
            "e" => SegmentState.NeedsReview,
            _ => null,
        };
        if (state is { } chosen)
        {
            await SetStateAsync(id, chosen);
            _focusRowId = id;
            StateHasChanged();
        }
    }

    private async Task SetStateAsync(long id, SegmentState state)
    {
        if (await RunAsync(async () => Remember(await Segments.SetStateAsync(DocumentId, id, state, CancellationToken.None))))
        {
            await OnChanged.InvokeAsync();
        }
    }
}
