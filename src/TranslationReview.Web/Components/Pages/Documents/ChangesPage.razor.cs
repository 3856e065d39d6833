using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using TranslationReview.Data;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>
/// What changed in a whole document since a base version (?since=label or origin; default: the imported target):
/// document figures and the changed segments with inline diffs, computed only for the rows on screen.
/// </summary>
public sealed partial class ChangesPage : IDisposable
{
    private DocumentSummary? _document;
    private DocumentChanges? _changes;
    private Virtualize<ChangeRow>? _virtualize;
    private bool _loaded;
    private IDisposable? _watch;
    private int _watchedDocumentId;

    [Inject]
    private ProjectService Projects { get; set; } = default!;

    [Inject]
    private DocumentChangesService Changes { get; set; } = default!;

    [Inject]
    private DocumentChangeNotifier Notifier { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public int DocumentId { get; set; }

    [SupplyParameterFromQuery(Name = "since")]
    public string? SinceQuery { get; set; }

    private string Since => string.IsNullOrWhiteSpace(SinceQuery) ? DocumentChangesService.DefaultSince : SinceQuery.Trim();

    private IEnumerable<string> Choices =>
        (_changes?.Choices ?? [DocumentChangesService.DefaultSince]).Prepend(Since).Distinct(StringComparer.OrdinalIgnoreCase);

    protected override async Task OnParametersSetAsync()
    {
        _document = await Projects.GetDocumentAsync(DocumentId, CancellationToken.None);
        _loaded = true;
        if (_document is null)
        {
            return;
        }

        if (_watch is null || _watchedDocumentId != DocumentId)
        {
            _watch?.Dispose();
            _watchedDocumentId = DocumentId;
            _watch = Notifier.Subscribe(DocumentId, _ => InvokeAsync(ReloadAsync));
        }

        _changes = null;
        _changes = await Changes.BuildAsync(DocumentId, Since, CancellationToken.None);
    }

    private async Task ReloadAsync()
    {
        _changes = await Changes.BuildAsync(DocumentId, Since, CancellationToken.None);
        StateHasChanged();
        if (_virtualize is not null)
        {
            await _virtualize.RefreshDataAsync();
        }
    }

    private ValueTask<ItemsProviderResult<ChangeRow>> LoadRowsAsync(ItemsProviderRequest request)
    {
        var changed = _changes?.Changed ?? [];
        var rows = changed.Skip(request.StartIndex).Take(request.Count)
            .Select(c => new ChangeRow(c, DocumentChangesService.Diff(c)))
            .ToList();
        return ValueTask.FromResult(new ItemsProviderResult<ChangeRow>(rows, changed.Count));
    }

    private void OnSinceChanged(ChangeEventArgs e) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("since", e.Value?.ToString()));

    private static string Describe(string since) => since.ToUpperInvariant() switch
    {
        "ORIGINAL" => "the original translation",
        "IMPORTED" => "the imported target",
        "MT" => "the machine translation",
        "HUMAN" => "the first human edit",
        _ => $"“{since}”",
    };

    public void Dispose() => _watch?.Dispose();
}
