using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TranslationReview.Core.Formats;
using TranslationReview.Data;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Glossary;

/// <summary>
/// A project's glossary: the entries with search, a form to add or edit one, delete, import of a CSV or TBX file and
/// export downloads. What the user typed stays in the form when a save fails.
/// </summary>
public sealed partial class GlossaryPage
{
    private ProjectSummary? _project;
    private IReadOnlyList<GlossaryEntryRow> _entries = [];
    private GlossaryEntryModel _form = new();
    private string? _editingTerm;
    private string _search = string.Empty;
    private IBrowserFile? _file;
    private bool _replace;
    private bool _canEdit;
    private bool _busy;
    private bool _loaded;
    private string? _message;
    private string? _error;

    [Inject]
    private ProjectService Projects { get; set; } = default!;

    [Inject]
    private GlossaryService Glossaries { get; set; } = default!;

    [Parameter]
    public int ProjectId { get; set; }

    private IEnumerable<GlossaryEntryRow> Visible => string.IsNullOrWhiteSpace(_search)
        ? _entries
        : _entries.Where(e => e.SourceTerm.Contains(_search.Trim(), StringComparison.CurrentCultureIgnoreCase)
            || e.TargetTerms.Concat(e.ForbiddenTerms).Any(t => t.Contains(_search.Trim(), StringComparison.CurrentCultureIgnoreCase)));

    protected override async Task OnParametersSetAsync()
    {
        _project = await Projects.GetAsync(ProjectId, CancellationToken.None);
        if (_project is not null)
        {
            _canEdit = await Glossaries.CanEditAsync();
            await LoadAsync();
        }

        _loaded = true;
    }

    private async Task LoadAsync() => _entries = await Glossaries.ListAsync(ProjectId, CancellationToken.None);

    private async Task OnSaveAsync()
    {
        await ActAsync(async () =>
        {
            var row = _form.EntryId is { } id
                ? await Glossaries.UpdateAsync(ProjectId, id, _form.ToInput(), CancellationToken.None)
                : await Glossaries.AddAsync(ProjectId, _form.ToInput(), CancellationToken.None);
            _message = $"Saved “{row.SourceTerm}”. The project's documents are being re-checked.";
            _form = new();
            _editingTerm = null;
        });
    }

    private void OnEdit(GlossaryEntryRow entry)
    {
        _form = GlossaryEntryModel.From(entry);
        _editingTerm = entry.SourceTerm;
        _message = _error = null;
    }

    private void OnCancelEdit()
    {
        _form = new();
        _editingTerm = null;
    }

    private async Task OnDeleteAsync(GlossaryEntryRow entry) =>
        await ActAsync(async () =>
        {
            await Glossaries.DeleteAsync(ProjectId, entry.Id, CancellationToken.None);
            _message = $"Deleted “{entry.SourceTerm}”.";
        });

    private void OnFileChosen(InputFileChangeEventArgs e) => _file = e.File;

    private async Task OnImportAsync()
    {
        if (_file is not { } file)
        {
            return;
        }

        await ActAsync(async () =>
        {
            var upload = new UploadedFile(file.Name, file.Size, () => file.OpenReadStream(Glossaries.MaxUploadBytes));
            var result = await Glossaries.ImportAsync(ProjectId, upload, _replace, CancellationToken.None);
            _message = $"Imported {file.Name}: {result.Added} added, {result.Updated} updated"
                + (result.Removed > 0 ? $", {result.Removed} replaced" : string.Empty)
                + (result.Skipped.Count > 0 ? $"; {result.Skipped.Count} skipped: {string.Join(" ", result.Skipped.Take(5))}" : ".");
            _file = null;
        });
    }

    private async Task ActAsync(Func<Task> action)
    {
        _busy = true;
        _message = _error = null;
        try
        {
            await action();
        }
        catch (ReviewValidationException ex)
        {
            _error = ex.Message;
        }
        catch (ReviewNotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (DocumentFormatException ex)
        {
            _error = "The glossary was not imported; nothing changed. " + ex.Message;
        }
        catch (IOException ex)
        {
            _error = $"The upload was interrupted: {ex.Message}. Choose the file again.";
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }
}
