using System.Collections.Concurrent;
using TranslationReview.Core.Checks;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// Runs the automatic checks over a document and keeps its automatic flags in step: on import, in the background
/// after edits and repairs (a burst of edits coalesces into one run), after glossary changes, and on demand. One
/// instance for the app, so runs on the same document never overlap. Every run tells the open pages that flags changed.
/// </summary>
public sealed partial class CheckService
{
    /// <summary>The circuit tag and author of the changes a check run publishes.</summary>
    public const string CircuitTag = "automatic-checks";

    private static readonly TimeSpan BurstWindow = TimeSpan.FromMilliseconds(300);

    private readonly DocumentStore _documents;
    private readonly SegmentStore _segments;
    private readonly GlossaryStore _glossaries;
    private readonly FlagStore _flags;
    private readonly DocumentChangeNotifier _notifier;
    private readonly CheckPipeline _pipeline;
    private readonly ILogger<CheckService> _logger;
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _runLocks = new();
    private readonly ConcurrentDictionary<int, ScheduledRun> _scheduled = new();

    public CheckService(DocumentStore documents, SegmentStore segments, GlossaryStore glossaries, FlagStore flags, DocumentChangeNotifier notifier, CheckPipeline pipeline, ILogger<CheckService> logger)
    {
        _documents = documents;
        _segments = segments;
        _glossaries = glossaries;
        _flags = flags;
        _notifier = notifier;
        _pipeline = pipeline;
        _logger = logger;
    }

    /// <summary>
    /// Checks the whole document now with the project's glossary and replaces its automatic flags (dismissals and
    /// answers kept). The checks run off the caller's thread.
    /// </summary>
    /// <exception cref="ReviewNotFoundException">No such document.</exception>
    public async Task<CheckRunResult> RunAsync(int documentId, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        var gate = _runLocks.GetOrAdd(documentId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // SQLite completes "async" calls synchronously; the pool keeps a circuit responsive while 10,000 segments load.
            return await Task.Run(() => RunLockedAsync(documentId, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs the checks, logging instead of throwing when they fail (after an import, which must not fail for it).</summary>
    public async Task<CheckRunResult?> TryRunAsync(int documentId, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(documentId, null, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failing check must not undo an import or an edit; the reviewer can run the checks again.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogRunFailed(ex, documentId);
            return null;
        }
    }

    /// <summary>
    /// Asks for a background run after an edit. Requests arriving while one waits or runs are folded into one more run,
    /// so a translator saving segment after segment costs one run per burst, and the last edit is always checked.
    /// </summary>
    public void Schedule(int documentId)
    {
        var run = _scheduled.GetOrAdd(documentId, _ => new ScheduledRun());
        lock (run)
        {
            run.Pending = true;
            if (run.Running)
            {
                return;
            }

            run.Running = true;
            run.Loop = Task.Run(() => RunWhilePendingAsync(documentId, run));
        }
    }

    /// <summary>Completes when no background run of the document is waiting or running (tests and shutdown wait on it).</summary>
    public Task WhenIdleAsync(int documentId)
    {
        if (!_scheduled.TryGetValue(documentId, out var run))
        {
            return Task.CompletedTask;
        }

        lock (run)
        {
            return run.Loop ?? Task.CompletedTask;
        }
    }

    private async Task RunWhilePendingAsync(int documentId, ScheduledRun run)
    {
        while (true)
        {
            await Task.Delay(BurstWindow).ConfigureAwait(false);
            lock (run)
            {
                if (!run.Pending)
                {
                    // Decided under the lock, so a request arriving now starts a new loop instead of being lost.
                    run.Running = false;
                    return;
                }

                run.Pending = false;
            }

            await TryRunAsync(documentId, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<CheckRunResult> RunLockedAsync(int documentId, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new CheckProgress(CheckStage.Reading, 0));
        var document = await _documents.GetAsync(documentId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Document {documentId} does not exist; it may have been deleted.");
        var glossary = await _glossaries.GetGlossaryAsync(document.ProjectId, cancellationToken).ConfigureAwait(false);
        var texts = await _segments.GetTextsAsync(documentId, cancellationToken).ConfigureAwait(false);

        progress?.Report(new CheckProgress(CheckStage.Checking, texts.Count));
        var segments = texts.Select(t => new CheckSegment(t.Position, t.Source, t.Target ?? string.Empty)).ToList();
        var context = new CheckContext(
            new CheckDocument(segments, document.SourceLanguage, document.TargetLanguage),
            glossary.Entries.Count == 0 ? null : glossary,
            cancellationToken);
        var findings = _pipeline.Run(context);

        progress?.Report(new CheckProgress(CheckStage.Saving, texts.Count));
        var ids = texts.ToDictionary(t => t.Position, t => t.Id);
        var mapped = findings.Where(f => ids.ContainsKey(f.SegmentNumber)).Select(f => new SegmentFinding(ids[f.SegmentNumber], f)).ToList();
        var replaced = await _flags.ReplaceAutomaticAsync(documentId, mapped, null, cancellationToken).ConfigureAwait(false);
        if (replaced.Added > 0 || replaced.Removed > 0 || replaced.Kept > 0)
        {
            _notifier.Publish(new DocumentChange(documentId, CircuitTag, Flag.AutomaticAuthor, DocumentChangeKind.FlagsChanged, null));
        }

        progress?.Report(new CheckProgress(CheckStage.Done, texts.Count));
        return new CheckRunResult(texts.Count, findings.Count, replaced.Added, replaced.Removed);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The automatic checks failed on document {DocumentId}.")]
    private partial void LogRunFailed(Exception exception, int documentId);

    private sealed class ScheduledRun
    {
        public bool Pending { get; set; }

        public bool Running { get; set; }

        public Task? Loop { get; set; }
    }
}
