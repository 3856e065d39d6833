using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TranslationReview.Core.Formats;
using TranslationReview.Data;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Projects;

/// <summary>Imports a bilingual file or a plain-text pair into a project, showing each stage and the engine's error.</summary>
public sealed partial class ImportPanel : IDisposable
{
    private bool _pair;
    private IBrowserFile? _bilingual;
    private IBrowserFile? _source;
    private IBrowserFile? _target;
    private bool _busy;
    private ImportProgress? _progress;
    private string? _error;
    private string? _success;
    private CancellationTokenSource? _cancel;
    private string _label = TargetProvenance.Imported.Label;
    private TargetOrigin _origin = TargetOrigin.Imported;

    [Inject]
    private ImportService Imports { get; set; } = default!;

    [Parameter, EditorRequired]
    public int ProjectId { get; set; }

    [Parameter]
    public EventCallback<int> OnImported { get; set; }

    private bool CanImport => !_busy && (_pair ? _source is not null && _target is not null : _bilingual is not null);

    private void OnKindChanged(bool pair)
    {
        _pair = pair;
        _error = null;
    }

    private void OnBilingualChosen(InputFileChangeEventArgs e) => _bilingual = Chosen(e);

    private void OnSourceChosen(InputFileChangeEventArgs e) => _source = Chosen(e);

    private void OnTargetChosen(InputFileChangeEventArgs e) => _target = Chosen(e);

    private IBrowserFile Chosen(InputFileChangeEventArgs e)
    {
        _error = null;
        _success = null;
        return e.File;
    }

    private async Task OnImportAsync()
    {
        _busy = true;
        _progress = null;
        _error = null;
        _success = null;
        _cancel = new CancellationTokenSource();
        // Created on the renderer's context, so reports come back on it and may re-render.
        var progress = new Progress<ImportProgress>(OnProgress);
        try
        {
            var provenance = new TargetProvenance(_label, _origin);
            var documentId = _pair
                ? await Imports.ImportTextPairAsync(ProjectId, Upload(_source!), Upload(_target!), provenance, progress, _cancel.Token)
                : await Imports.ImportBilingualAsync(ProjectId, Upload(_bilingual!), provenance, progress, _cancel.Token);
            var name = _pair ? _source!.Name : _bilingual!.Name;
            _success = $"Imported {name}.";
            _bilingual = _source = _target = null;
            await OnImported.InvokeAsync(documentId);
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
            _error = "Import cancelled.";
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

    private UploadedFile Upload(IBrowserFile file) =>
        new(file.Name, file.Size, () => file.OpenReadStream(Imports.MaxUploadBytes, _cancel?.Token ?? default));

    private void OnProgress(ImportProgress report)
    {
        // Re-render when the stage or the whole percentage changes, not on every 80 KB chunk.
        var changed = _progress is null || _progress.Stage != report.Stage || _progress.Percent != report.Percent;
        _progress = report;
        if (changed)
        {
            StateHasChanged();
        }
    }

    private static string StageText(ImportProgress progress) => progress.Stage switch
    {
        ImportStage.Uploading => $"Uploading… {Megabytes(progress.Done)} of {Megabytes(progress.Total)} MB",
        ImportStage.Reading => "Reading the file…",
        ImportStage.Aligning => "Segmenting and aligning sentences…",
        ImportStage.Saving => $"Saving segments… {progress.Done.ToString("N0", CultureInfo.InvariantCulture)} of {progress.Total.ToString("N0", CultureInfo.InvariantCulture)}",
        _ => "Done.",
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _cancel?.Cancel();
        _cancel?.Dispose();
    }
}
