using TranslationReview.Core.Scoring;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// Scores a document by MQM: every flag that is not dismissed counts, manual or automatic, open, answered or resolved
/// (a resolved flag was a real error); the evaluated words are the source's word tokens.
/// </summary>
public sealed class ScoreService
{
    private readonly DocumentStore _documents;
    private readonly ProjectStore _projects;
    private readonly SegmentStore _segments;
    private readonly FlagStore _flags;
    private readonly CurrentUser _user;
    private readonly DocumentChangeNotifier _notifier;

    public ScoreService(DocumentStore documents, ProjectStore projects, SegmentStore segments, FlagStore flags, CurrentUser user, DocumentChangeNotifier notifier)
    {
        _notifier = notifier;
        _user = user;
        _documents = documents;
        _projects = projects;
        _segments = segments;
        _flags = flags;
    }

    /// <summary>The document's score, or null when it does not exist.</summary>
    public async Task<DocumentScore?> GetAsync(int documentId, CancellationToken cancellationToken)
    {
        var document = await _documents.GetAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var project = await _projects.GetAsync(document.ProjectId, cancellationToken).ConfigureAwait(false);
        var texts = await _segments.GetTextsAsync(documentId, cancellationToken).ConfigureAwait(false);
        var errors = await _flags.GetErrorsAsync(documentId, cancellationToken).ConfigureAwait(false);
        var words = texts.Sum(t => MqmScoring.CountWords(t.Source));
        return new DocumentScore(MqmScoring.Score(errors, words), project?.PassThreshold ?? Project.DefaultPassThreshold);
    }

    /// <summary>Calls <paramref name="onChange"/> after every saved change to the document (flags, check runs, edits, repairs), from anyone, until disposed.</summary>
    public IDisposable Watch(int documentId, Func<DocumentChange, Task> onChange) => _notifier.Subscribe(documentId, onChange);

    /// <summary>Whether the signed-in user may change the pass threshold (administrators and reviewers).</summary>
    public Task<bool> CanSetThresholdAsync() => _user.IsInAnyRoleAsync(WorkbenchRoles.Administrator, WorkbenchRoles.Reviewer);

    /// <summary>Sets the quality score (0–100) the project's documents must reach to pass.</summary>
    /// <exception cref="ReviewValidationException">The user may not change it, or it is not from 0 to 100.</exception>
    public async Task SetPassThresholdAsync(int projectId, double threshold, CancellationToken cancellationToken)
    {
        if (!await CanSetThresholdAsync().ConfigureAwait(false))
        {
            throw new ReviewValidationException("Only an administrator or a reviewer can change the pass threshold.");
        }

        await _projects.SetPassThresholdAsync(projectId, threshold, cancellationToken).ConfigureAwait(false);
    }
}
