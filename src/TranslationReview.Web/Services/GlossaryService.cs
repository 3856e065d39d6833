using Microsoft.Extensions.Options;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Terminology;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// A project's glossary as the glossary page uses it: list, add, edit and delete entries (reviewers and
/// administrators), import CSV or TBX in one transaction, export CSV, TBX v2 or TBX v3. After every change the
/// project's documents are re-checked in the background, so glossary findings follow the glossary.
/// </summary>
public sealed class GlossaryService
{
    private readonly GlossaryStore _glossaries;
    private readonly ProjectStore _projects;
    private readonly DocumentStore _documents;
    private readonly CheckService _checks;
    private readonly CurrentUser _user;
    private readonly WorkbenchOptions _options;

    public GlossaryService(GlossaryStore glossaries, ProjectStore projects, DocumentStore documents, CheckService checks, CurrentUser user, IOptions<WorkbenchOptions> options)
    {
        _glossaries = glossaries;
        _projects = projects;
        _documents = documents;
        _checks = checks;
        _user = user;
        _options = options.Value;
    }

    public long MaxUploadBytes => _options.MaxUploadBytes;

    public Task<IReadOnlyList<GlossaryEntryRow>> ListAsync(int projectId, CancellationToken cancellationToken) =>
        _glossaries.ListAsync(projectId, cancellationToken);

    /// <summary>Whether the signed-in user may change the glossary.</summary>
    public Task<bool> CanEditAsync() => _user.IsInAnyRoleAsync(WorkbenchRoles.Reviewer, WorkbenchRoles.Administrator);

    /// <exception cref="ReviewValidationException">The user may not edit, or the entry is invalid or a duplicate.</exception>
    public async Task<GlossaryEntryRow> AddAsync(int projectId, GlossaryEntryInput input, CancellationToken cancellationToken)
    {
        var user = await RequireEditorAsync().ConfigureAwait(false);
        var row = await _glossaries.AddAsync(projectId, input, user, cancellationToken).ConfigureAwait(false);
        await RecheckProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <exception cref="ReviewValidationException">The user may not edit, or the entry is invalid or a duplicate.</exception>
    /// <exception cref="ReviewNotFoundException">The entry is gone.</exception>
    public async Task<GlossaryEntryRow> UpdateAsync(int projectId, int entryId, GlossaryEntryInput input, CancellationToken cancellationToken)
    {
        var user = await RequireEditorAsync().ConfigureAwait(false);
        var row = await _glossaries.UpdateAsync(entryId, input, user, cancellationToken).ConfigureAwait(false);
        await RecheckProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <exception cref="ReviewValidationException">The user may not edit.</exception>
    /// <exception cref="ReviewNotFoundException">The entry is gone.</exception>
    public async Task DeleteAsync(int projectId, int entryId, CancellationToken cancellationToken)
    {
        await RequireEditorAsync().ConfigureAwait(false);
        await _glossaries.DeleteAsync(entryId, cancellationToken).ConfigureAwait(false);
        await RecheckProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Imports a CSV or TBX file into the project's glossary in one transaction; with <paramref name="replace"/> the
    /// current entries go first. Nothing is saved when the file cannot be read.
    /// </summary>
    /// <exception cref="DocumentFormatException">The file is too large or not a readable glossary; the message names the line.</exception>
    /// <exception cref="ReviewValidationException">The user may not edit.</exception>
    public async Task<GlossaryImportResult> ImportAsync(int projectId, UploadedFile file, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var user = await RequireEditorAsync().ConfigureAwait(false);
        var project = await _projects.GetAsync(projectId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Project {projectId} does not exist; it may have been deleted.");
        if (file.Size > _options.MaxUploadBytes)
        {
            throw new DocumentFormatException(file.Name, $"the file is {file.Size / (1024.0 * 1024.0):0.0} MB; the limit is {_options.MaxUploadMegabytes} MB");
        }

        var glossary = await ReadAsync(file, project, cancellationToken).ConfigureAwait(false);
        var result = await _glossaries.ImportAsync(projectId, glossary, replace, user, cancellationToken).ConfigureAwait(false);
        await RecheckProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The project's glossary as a download, or null when the project does not exist.</summary>
    public async Task<ExportedFile?> ExportAsync(int projectId, GlossaryExportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        var project = await _projects.GetAsync(projectId, cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return null;
        }

        var glossary = await _glossaries.GetGlossaryAsync(projectId, cancellationToken).ConfigureAwait(false);
        using var output = new MemoryStream();
        if (format.Id == "csv")
        {
            await GlossaryCsvWriter.WriteAsync(glossary, output, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await TbxWriter.WriteAsync(glossary, format.Id == "tbx2" ? TbxVersion.Tbx2 : TbxVersion.Tbx3, output, cancellationToken).ConfigureAwait(false);
        }

        return new ExportedFile(FileNameFor(project.Name, format), format.ContentType, output.ToArray());
    }

    public static string FileNameFor(string projectName, GlossaryExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. (projectName ?? "glossary").Select(c => invalid.Contains(c) || c is '"' or '\'' ? '_' : c)]).Trim();
        return (safe.Length == 0 ? "glossary" : safe) + format.Suffix;
    }

    private async Task<Glossary> ReadAsync(UploadedFile file, ProjectSummary project, CancellationToken cancellationToken)
    {
        await using var input = file.OpenReadStream();
        var options = ReadOptions.Default with { MaxBytes = _options.MaxUploadBytes };
        return await GlossaryLoader.LoadAsync(input, file.Name, project.SourceLanguage, project.TargetLanguage, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task RecheckProjectAsync(int projectId, CancellationToken cancellationToken)
    {
        foreach (var document in await _documents.ListAsync(projectId, cancellationToken).ConfigureAwait(false))
        {
            _checks.Schedule(document.Id);
        }
    }

    private async Task<string> RequireEditorAsync()
    {
        if (!await CanEditAsync().ConfigureAwait(false))
        {
            throw new ReviewValidationException("Only a reviewer or an administrator can change the glossary: ask one to make the change.");
        }

        return await _user.NameAsync().ConfigureAwait(false);
    }
}
