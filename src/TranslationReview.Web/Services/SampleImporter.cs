using Microsoft.Extensions.Options;
using TranslationReview.Core.Terminology;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>Fills an empty database with the sample projects so a newcomer sees real work at once.</summary>
public sealed partial class SampleImporter
{
    private readonly ProjectService _projects;
    private readonly ImportService _imports;
    private readonly WorkbenchOptions _options;
    private readonly IHostEnvironment _environment;
    private readonly ILogger<SampleImporter> _logger;
    private readonly GlossaryStore _glossaries;

    public SampleImporter(ProjectService projects, ImportService imports, GlossaryStore glossaries, IOptions<WorkbenchOptions> options, IHostEnvironment environment, ILogger<SampleImporter> logger)
    {
        _glossaries = glossaries;
        _projects = projects;
        _imports = imports;
        _options = options.Value;
        _environment = environment;
        _logger = logger;
    }

    /// <summary>Imports every sample found when the database holds no project; returns how many projects were created.</summary>
    public async Task<int> ImportIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!_options.ImportSamplesOnEmptyDatabase || (await _projects.ListAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return 0;
        }

        var folder = WorkbenchPaths.SamplesFolder(_options, _environment.ContentRootPath);
        if (folder is null)
        {
            LogNoSamples(_environment.ContentRootPath);
            return 0;
        }

        var created = 0;
        foreach (var sample in SampleProject.All)
        {
            var source = Path.Combine(folder, sample.Folder, sample.SourceFile);
            var target = Path.Combine(folder, sample.Folder, sample.TargetFile);
            if (!File.Exists(source) || !File.Exists(target))
            {
                LogSampleMissing(sample.Folder, folder);
                continue;
            }

            var projectId = await _projects.CreateAsync(sample.ProjectName, sample.SourceLanguage, sample.TargetLanguage, cancellationToken).ConfigureAwait(false);
            var glossary = Path.Combine(folder, sample.Folder, sample.GlossaryFile);
            if (File.Exists(glossary))
            {
                // Before the document: its import runs the checks, which then find the glossary's terms at once.
                var terms = await GlossaryLoader.LoadAsync(glossary, sample.SourceLanguage, sample.TargetLanguage, cancellationToken).ConfigureAwait(false);
                await _glossaries.ImportAsync(projectId, terms, replace: false, user: null, cancellationToken).ConfigureAwait(false);
            }

            var documentId = await _imports.ImportTextPairAsync(projectId, FromDisk(source), FromDisk(target), sample.Target, progress: null, cancellationToken).ConfigureAwait(false);
            var alternative = sample.AlternativeFile is null ? null : Path.Combine(folder, sample.Folder, sample.AlternativeFile);
            if (alternative is not null && sample.Alternative is not null && File.Exists(alternative))
            {
                await _imports.AddTranslationAsync(documentId, FromDisk(alternative), sample.Alternative, replace: false, progress: null, cancellationToken).ConfigureAwait(false);
            }

            LogSampleImported(sample.ProjectName);
            created++;
        }

        return created;
    }

    private static UploadedFile FromDisk(string path) =>
        new(Path.GetFileName(path), new FileInfo(path).Length, () => File.OpenRead(path));

    [LoggerMessage(Level = LogLevel.Information, Message = "No samples folder found above {ContentRoot}; starting with an empty workbench.")]
    private partial void LogNoSamples(string contentRoot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sample {Sample} is incomplete in {Folder}; skipped.")]
    private partial void LogSampleMissing(string sample, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the sample project \"{Project}\".")]
    private partial void LogSampleImported(string project);
}
