using TranslationReview.Core.Alignment;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.Core.Segmentation;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// Imports files into a project: reads them with the engine (a bilingual file, or a plain-text pair that is
/// segmented and aligned) and saves the document in one transaction, reporting each stage.
/// </summary>
public sealed class ImportService
{
    private const int CopyBufferBytes = 81920;

    private readonly ProjectStore _projects;
    private readonly DocumentStore _documents;
    private readonly FormatRegistry _formats;
    private readonly WorkbenchOptions _options;
    private readonly CheckService _checks;

    public ImportService(ProjectStore projects, DocumentStore documents, FormatRegistry formats, Microsoft.Extensions.Options.IOptions<WorkbenchOptions> options, CheckService checks)
    {
        _checks = checks;
        _projects = projects;
        _documents = documents;
        _formats = formats;
        _options = options.Value;
    }

    public long MaxUploadBytes => _options.MaxUploadBytes;

    /// <summary>Imports one bilingual file (XLIFF 1.2, XLIFF 2.x, TMX or TSV) and returns the new document's id.</summary>
    /// <exception cref="DocumentFormatException">The file is not a readable bilingual file; nothing was saved.</exception>
    public async Task<int> ImportBilingualAsync(int projectId, UploadedFile file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var project = await RequireProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        var readOptions = ReadOptionsFor(project);
        using var buffer = await UploadAsync(file, 0, file.Size, progress, cancellationToken).ConfigureAwait(false);

        progress?.Report(new ImportProgress(ImportStage.Reading, 0, 0));
        var head = TextDecoding.Peek(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var format = _formats.FindReader(file.Name, head)?.FormatId ?? Path.GetExtension(file.Name).TrimStart('.');
        // Parsing is CPU-bound: keep it off the circuit's synchronization context so the page stays responsive.
        var document = await Task.Run(
            () => new DocumentLoader(_formats).LoadAsync(buffer, file.Name, readOptions, cancellationToken), cancellationToken).ConfigureAwait(false);
        return await SaveAsync(projectId, document, format, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports a source text and its translation (one paragraph per line), segmented and aligned.</summary>
    /// <exception cref="DocumentFormatException">A file is empty, too large or not text; nothing was saved.</exception>
    public async Task<int> ImportTextPairAsync(int projectId, UploadedFile source, UploadedFile target, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var project = await RequireProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        var readOptions = ReadOptionsFor(project);
        var total = source.Size + target.Size;
        using var sourceBuffer = await UploadAsync(source, 0, total, progress, cancellationToken).ConfigureAwait(false);
        using var targetBuffer = await UploadAsync(target, source.Size, total, progress, cancellationToken).ConfigureAwait(false);

        progress?.Report(new ImportProgress(ImportStage.Aligning, 0, 0));
        var importer = new TextPairImporter(SrxSegmenter.Default, new SentenceAligner());
        // Segmenting and aligning are CPU-bound: keep them off the circuit's synchronization context.
        var document = await Task.Run(
            () => importer.ImportAsync(sourceBuffer, source.Name, targetBuffer, target.Name,
                project.SourceLanguage, project.TargetLanguage, readOptions, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return await SaveAsync(projectId, document, "txt", progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> SaveAsync(int projectId, BilingualDocument document, string format, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var total = document.Segments.Count;
        progress?.Report(new ImportProgress(ImportStage.Saving, 0, total));
        var saved = progress is null ? null : new Progress<int>(count => progress.Report(new ImportProgress(ImportStage.Saving, count, total)));
        // SQLite completes "async" calls synchronously: on the circuit's context the save would block the page and
        // hold back every progress report until it ended. The thread pool keeps both moving.
        var id = await Task.Run(
            () => _documents.ImportAsync(projectId, document, format, saved, cancellationToken), cancellationToken).ConfigureAwait(false);

        // The document opens with its automatic flags; a failing check is logged and never undoes the import.
        await _checks.TryRunAsync(id, cancellationToken).ConfigureAwait(false);
        progress?.Report(new ImportProgress(ImportStage.Done, total, total));
        return id;
    }

    private async Task<ProjectSummary> RequireProjectAsync(int projectId, CancellationToken cancellationToken) =>
        await _projects.GetAsync(projectId, cancellationToken).ConfigureAwait(false)
        ?? throw new ReviewNotFoundException($"Project {projectId} does not exist.");

    private ReadOptions ReadOptionsFor(ProjectSummary project) => new()
    {
        MaxBytes = _options.MaxUploadBytes,
        SourceLanguage = project.SourceLanguage,
        TargetLanguage = project.TargetLanguage,
    };

    private async Task<MemoryStream> UploadAsync(UploadedFile file, long offset, long total, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (file.Size > _options.MaxUploadBytes)
        {
            throw new DocumentFormatException(file.Name,
                $"the file is {file.Size / (1024.0 * 1024.0):0.0} MB; the limit is {_options.MaxUploadMegabytes} MB");
        }

        var buffer = new MemoryStream((int)Math.Min(file.Size, int.MaxValue));
        await using var input = file.OpenReadStream();
        var chunk = new byte[CopyBufferBytes];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            progress?.Report(new ImportProgress(ImportStage.Uploading, offset + buffer.Length, total));
        }

        buffer.Position = 0;
        return buffer;
    }
}
