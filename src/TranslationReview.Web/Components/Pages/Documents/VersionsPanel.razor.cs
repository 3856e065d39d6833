using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TranslationReview.Core.Diffing;
using TranslationReview.Data;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>
/// Every version of one segment's target: the list with "Make current", the diff and metrics of any two (oldest
/// against current by default), and where all of them disagree.
/// </summary>
public sealed partial class VersionsPanel
{
    private ElementReference _title;
    private SegmentComparison? _comparison;
    private string? _aKey;
    private string? _bKey;
    private VersionEntry? _a;
    private VersionEntry? _b;
    private PairComparison? _pair;
    private DisagreementView? _view;
    private IReadOnlyList<string> _labels = [];
    private bool _sideBySide;
    private bool _busy;
    private string? _message;
    private long _loadedSegment;
    private int _loadedRevision = -1;
    private bool _focus;

    [Inject]
    private VersionComparisonService Versions { get; set; } = default!;

    [Parameter, EditorRequired]
    public int DocumentId { get; set; }

    [Parameter, EditorRequired]
    public long SegmentId { get; set; }

    /// <summary>The segment's number, shown until its versions are loaded.</summary>
    [Parameter]
    public int Position { get; set; }

    [Parameter]
    public string SourceLanguage { get; set; } = "";

    [Parameter]
    public string TargetLanguage { get; set; } = "";

    /// <summary>Bumped by the page when the segment changed elsewhere, to reload the versions.</summary>
    [Parameter]
    public int Revision { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    /// <summary>Raised with the segment's new row after a version was made current.</summary>
    [Parameter]
    public EventCallback<SegmentRow> OnMadeCurrent { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedSegment == SegmentId && _loadedRevision == Revision)
        {
            return;
        }

        var newSegment = _loadedSegment != SegmentId;
        _loadedSegment = SegmentId;
        _loadedRevision = Revision;
        await LoadAsync(keepPair: !newSegment);
        _focus = newSegment;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focus && _comparison is not null)
        {
            _focus = false;
            await _title.FocusAsync();
        }
    }

    private async Task LoadAsync(bool keepPair)
    {
        _comparison = await Versions.LoadAsync(SegmentId, CancellationToken.None);
        if (_comparison is null)
        {
            _message = "This segment no longer exists: it may have been merged into another one. Close the panel and pick the segment again.";
            return;
        }

        var (a, b) = _comparison.DefaultPair is { } pair ? (pair.A.Key, pair.B.Key) : (null, null);
        _aKey = keepPair && _comparison.Find(_aKey) is not null ? _aKey : a;
        _bKey = keepPair && _comparison.Find(_bKey) is not null ? _bKey : b;
        _labels = [.. _comparison.Entries.Select(e => e.Title)];
        _view = _comparison.Entries.Count >= 2 ? VersionComparisonService.Analyze(_comparison.Entries) : null;
        ComparePair();
    }

    private void ComparePair()
    {
        _a = _comparison?.Find(_aKey);
        _b = _comparison?.Find(_bKey);
        _pair = _a is not null && _b is not null ? VersionComparisonService.Compare(_a.Text, _b.Text) : null;
    }

    private void OnAChanged(ChangeEventArgs e)
    {
        _aKey = e.Value?.ToString();
        ComparePair();
    }

    private void OnBChanged(ChangeEventArgs e)
    {
        _bKey = e.Value?.ToString();
        ComparePair();
    }

    private void OnTranslatorChanges() => ShowAgainstCurrent(_comparison?.ImportedBase);

    private void OnReviewerChanges() => ShowAgainstCurrent(_comparison?.DraftBase);

    private void ShowAgainstCurrent(VersionEntry? from)
    {
        if (from is not null && _comparison?.Current is { } current)
        {
            _aKey = from.Key;
            _bKey = current.Key;
            ComparePair();
        }
    }

    private async Task OnMakeCurrentAsync(VersionEntry entry)
    {
        if (entry.VersionId is not { } versionId || _busy)
        {
            return;
        }

        _busy = true;
        _message = null;
        try
        {
            var row = await Versions.MakeCurrentAsync(DocumentId, versionId, CancellationToken.None);
            await LoadAsync(keepPair: false);
            await OnMadeCurrent.InvokeAsync(row);
        }
        catch (ReviewNotFoundException ex)
        {
            _message = ex.Message;
        }
        catch (ReviewValidationException ex)
        {
            _message = ex.Message;
            await LoadAsync(keepPair: true);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task OnCloseAsync() => OnClose.InvokeAsync();

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key == "Escape" ? OnClose.InvokeAsync() : Task.CompletedTask;
}
