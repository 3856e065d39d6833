using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TranslationReview.Core.Formats;
using TranslationReview.Data;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>Adds another translation of the document (a bilingual file or a plain text) as labelled alternatives, showing each stage.</summary>
public sealed partial class AddTranslationPanel : IDisposable
{
    private string _label = "";
    private TargetOrigin _origin = TargetOrigin.Imported;
    private IBrowserFile? _file;
    private bool _replace;
    private bool _busy;
    private ImportProgress? _progress;
    private string? _error;
    private AlternativeImportResult? _result;
    private IReadOnlyList<AlternativeLabel> _labels = [];
    private CancellationTokenSource? _cancel;

    [Inject]
    private ImportService Imports { get; set; } = default!;

    [Inject]
    private AlternativeService Alternatives { get; set; } = default!;

    [Parameter, EditorRequired]
    public int DocumentId { get; set; }

    /// <summary>Raised after a translation was added, so the page can refresh what it shows.</summary>
    [Parameter]
    public EventCallback OnAdded { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    private bool CanAdd => !_busy && _file is not null && _label.Trim().Length > 0 && (LabelTaken is null || _replace);

    private AlternativeLabel? LabelTaken => _labels.FirstOrDefault(l => l.Label == _label.Trim());

    protected override async Task OnParametersSetAsync() =>
        _labels = await Alternatives.GetLabelsAsync(DocumentId, CancellationToken.None);

    private void OnFileChosen(InputFileChangeEventArgs e)
    {
        _file = e.File;
        _error = null;
        _result = null;
        if (_label.Trim().Length == 0)
        {
            _label = Path.GetFileNameWithoutExtension(e.File.Name);
        }
    }

    private void OnReplaceChanged(ChangeEventArgs e) => _replace = e.Value is true;

    private async Task OnAddAsync()
    {
        _busy = true;
        _progress = null;
        _error = null;
        _result = null;
        _cancel = new CancellationTokenSource();
        var progress = new Progress<ImportProgress>(OnProgress);
        try
        {
            var file = _file!;
            var upload = new UploadedFile(file.Name, file.Size, () => file.OpenReadStream(Imports.MaxUploadBytes, _cancel.Token));
            _result = await Imports.AddTranslationAsync(DocumentId, upload, new TargetProvenance(_label, _origin), _replace, progress, _cancel.Token);
            _file = null;
            _replace = false;
            _labels = await Alternatives.GetLabelsAsync(DocumentId, CancellationToken.None);
            await Alternatives.AnnounceAddedAsync(DocumentId);
            await OnAdded.InvokeAsync();
        }
        catch (DocumentFormatException ex)
        {
            _error = ex.Message;
        }
        catch (ReviewValidationException ex)
        {
            _error = ex.Message;
        }
        catch (OperationCanceledException)
        {
            _error = "Cancelled.";
        }
        catch (IOException ex)
        {
            _error = $"The upload was interrupted: {ex.Message}";
        }
        finally
        {
            _busy = false;
            _cancel.Dispose();
            _cancel = null;
        }
    }

    private void OnCancel() => _cancel?.Cancel();

    private Task OnCloseAsync() => OnClose.InvokeAsync();

    private void OnProgress(ImportProgress report)
    {
        var changed = _progress is null || _progress.Stage != report.Stage || _progress.Percent != report.Percent;
        _progress = report;
        if (changed)
        {
            StateHasChanged();
        }
    }

    private string AlternativesLink(string label) => $"documents/{DocumentId}/alternatives?label={Uri.EscapeDataString(label)}";

    /// <summary>What the import did, in a reviewer's words.</summary>
    public static string Summary(AlternativeImportResult result)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"Added “{result.Label}” to {result.Matched:N0} segments");
        text += result.ByPosition ? " (matched by position)." : ".";
        if (result.Unmatched > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {result.Unmatched:N0} matched no source segment.");
        }

        if (result.LowConfidence > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {result.LowConfidence:N0} placements have low confidence: check them on the Alternatives page.");
        }

        if (result.Candidates > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {result.Candidates:N0} translation candidates of the file were added under their own labels.");
        }

        if (result.Replaced > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {result.Replaced:N0} earlier alternatives were replaced.");
        }

        return text;
    }

    private static string StageText(ImportProgress progress) => progress.Stage switch
    {
        ImportStage.Uploading => "Uploading…",
        ImportStage.Reading => "Reading the file…",
        ImportStage.Aligning => "Segmenting and aligning sentences…",
        ImportStage.Saving => string.Create(CultureInfo.InvariantCulture, $"Saving alternatives… {progress.Done:N0} of {progress.Total:N0}"),
        _ => "Done.",
    };

    public void Dispose()
    {
        _cancel?.Cancel();
        _cancel?.Dispose();
    }
}
