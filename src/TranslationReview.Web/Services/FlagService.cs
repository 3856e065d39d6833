using TranslationReview.Core.Terminology;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>
/// The flags of a document as the grid and the flag list use them: raise, list, answer (translators), resolve,
/// dismiss and reopen (reviewers), and turn a flag into a glossary entry that re-checks the document. Every change is
/// told to the other open pages on the document.
/// </summary>
public sealed class FlagService
{
    private readonly FlagStore _flags;
    private readonly GlossaryStore _glossaries;
    private readonly DocumentStore _documents;
    private readonly CheckService _checks;
    private readonly CurrentUser _user;
    private readonly DocumentChangeNotifier _notifier;

    // One instance per circuit (scoped): this tag tells the circuit's own flag changes from everyone else's.
    private readonly string _circuitTag = Guid.NewGuid().ToString("N");

    public FlagService(FlagStore flags, GlossaryStore glossaries, DocumentStore documents, CheckService checks, CurrentUser user, DocumentChangeNotifier notifier)
    {
        _flags = flags;
        _glossaries = glossaries;
        _documents = documents;
        _checks = checks;
        _user = user;
        _notifier = notifier;
    }

    /// <summary>Raises a reviewer's flag on a segment; the spans must match the segment's current text.</summary>
    /// <exception cref="ReviewValidationException">A span no longer matches the text; the message says what to do.</exception>
    /// <exception cref="ReviewNotFoundException">The segment is gone.</exception>
    public async Task<FlagRow> AddManualAsync(int documentId, long segmentId, NewFlag flag, CancellationToken cancellationToken)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        var row = await _flags.AddManualAsync(segmentId, flag, user, cancellationToken).ConfigureAwait(false);
        Publish(row.DocumentId == 0 ? documentId : row.DocumentId, user, segmentId);
        return row;
    }

    /// <summary>The document's flags matching the filter, in document order.</summary>
    public Task<IReadOnlyList<FlagRow>> ListAsync(int documentId, FlagFilter filter, CancellationToken cancellationToken) =>
        _flags.ListAsync(documentId, filter, cancellationToken);

    /// <summary>The flags of the given segments (the visible rows), for marks in the text.</summary>
    public Task<IReadOnlyList<FlagRow>> ListForSegmentsAsync(int documentId, IReadOnlyCollection<long> segmentIds, CancellationToken cancellationToken) =>
        _flags.ListForSegmentsAsync(documentId, segmentIds, cancellationToken);

    /// <summary>A translator's (or administrator's) answer: fixed, or disputed with a comment.</summary>
    /// <exception cref="ReviewValidationException">The user may not answer, the flag is closed, or a dispute has no comment.</exception>
    public async Task<FlagRow> AnswerAsync(long flagId, FlagAnswer answer, string? comment, CancellationToken cancellationToken)
    {
        await RequireRoleAsync("answer flags", WorkbenchRoles.Translator, WorkbenchRoles.Administrator).ConfigureAwait(false);
        var user = await _user.NameAsync().ConfigureAwait(false);
        return Published(await _flags.AnswerAsync(flagId, answer, comment, user, cancellationToken).ConfigureAwait(false), user);
    }

    /// <summary>A reviewer resolves a flag (it keeps counting in the score).</summary>
    /// <exception cref="ReviewValidationException">The user is not a reviewer, or the flag is already closed.</exception>
    public async Task<FlagRow> ResolveAsync(long flagId, CancellationToken cancellationToken)
    {
        var user = await RequireReviewerAsync("resolve flags").ConfigureAwait(false);
        return Published(await _flags.ResolveAsync(flagId, user, cancellationToken).ConfigureAwait(false), user);
    }

    /// <summary>A reviewer dismisses a flag as no error; a re-check keeps an automatic finding dismissed.</summary>
    /// <exception cref="ReviewValidationException">The user is not a reviewer, or the flag is already closed.</exception>
    public async Task<FlagRow> DismissAsync(long flagId, CancellationToken cancellationToken)
    {
        var user = await RequireReviewerAsync("dismiss flags").ConfigureAwait(false);
        return Published(await _flags.DismissAsync(flagId, user, cancellationToken).ConfigureAwait(false), user);
    }

    /// <summary>A reviewer opens a closed or answered flag again.</summary>
    /// <exception cref="ReviewValidationException">The user is not a reviewer.</exception>
    public async Task<FlagRow> ReopenAsync(long flagId, CancellationToken cancellationToken)
    {
        var user = await RequireReviewerAsync("reopen flags").ConfigureAwait(false);
        return Published(await _flags.ReopenAsync(flagId, cancellationToken).ConfigureAwait(false), user);
    }

    /// <summary>
    /// Withdraws a manual flag raised by mistake: its author may, and so may a reviewer. An automatic finding is
    /// dismissed instead, so the next check does not raise it again.
    /// </summary>
    /// <exception cref="ReviewValidationException">The user neither raised the flag nor reviews, or the flag is automatic.</exception>
    /// <exception cref="ReviewNotFoundException">The flag is gone.</exception>
    public async Task DeleteAsync(long flagId, CancellationToken cancellationToken)
    {
        var user = await _user.NameAsync().ConfigureAwait(false);
        var flag = await _flags.GetAsync(flagId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Flag {flagId} does not exist any more; someone may have deleted it.");
        if (flag.Origin != FlagOrigin.Manual)
        {
            throw new ReviewValidationException($"The finding on segment {flag.SegmentPosition} comes from the check {flag.CheckId}: dismiss it instead, so the next check does not raise it again.");
        }

        if (!CanDelete(flag, user, await CanReviewAsync().ConfigureAwait(false)))
        {
            throw new ReviewValidationException($"Only {flag.Author}, who raised this flag, or a reviewer can delete it: ask one of them, or answer it instead.");
        }

        await _flags.DeleteManualAsync(flagId, cancellationToken).ConfigureAwait(false);
        Publish(flag.DocumentId, user, flag.SegmentId);
    }

    /// <summary>Whether <paramref name="user"/> may delete <paramref name="flag"/>: a manual flag they raised, or any manual flag for a reviewer.</summary>
    public static bool CanDelete(FlagRow flag, string user, bool isReviewer)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return flag.Origin == FlagOrigin.Manual && (isReviewer || string.Equals(flag.Author, user, StringComparison.Ordinal));
    }

    /// <summary>The signed-in user's name, as flags record their author.</summary>
    public Task<string> UserNameAsync() => _user.NameAsync();

    /// <summary>
    /// Adds the flag's source term and its correction to the project glossary (the flagged target text becomes a
    /// forbidden rendering unless it is the correction), then re-checks the whole document so every other occurrence
    /// is flagged too.
    /// </summary>
    /// <returns>How many new findings the re-check raised.</returns>
    /// <exception cref="ReviewValidationException">The user is not a reviewer, or the entry is invalid.</exception>
    /// <exception cref="ReviewNotFoundException">The flag is gone.</exception>
    public async Task<int> AddToGlossaryAsync(long flagId, string sourceTerm, string correction, GlossaryEntryType type, CancellationToken cancellationToken)
    {
        var user = await RequireReviewerAsync("add terms to the glossary").ConfigureAwait(false);
        var flag = await _flags.GetAsync(flagId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Flag {flagId} does not exist any more; a re-check may have removed it. Reload the flag list.");
        var document = await _documents.GetAsync(flag.DocumentId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReviewNotFoundException($"Document {flag.DocumentId} does not exist; it may have been deleted.");
        var wrong = flag.Target?.Text.Trim();
        var forbidden = wrong is { Length: > 0 } && !string.Equals(wrong, correction?.Trim(), StringComparison.OrdinalIgnoreCase) ? new[] { wrong } : [];
        var input = new GlossaryEntryInput(sourceTerm ?? string.Empty, [correction ?? string.Empty], forbidden, type, null);
        await _glossaries.AddOrMergeAsync(document.ProjectId, input, user, cancellationToken).ConfigureAwait(false);
        var run = await _checks.RunAsync(document.Id, null, cancellationToken).ConfigureAwait(false);
        Publish(document.Id, user, null);
        return run.Added;
    }

    /// <summary>Whether the signed-in user may resolve, dismiss and reopen flags and add to the glossary.</summary>
    public Task<bool> CanReviewAsync() => _user.IsInAnyRoleAsync(WorkbenchRoles.Reviewer, WorkbenchRoles.Administrator);

    /// <summary>Whether the signed-in user may answer flags.</summary>
    public Task<bool> CanAnswerAsync() => _user.IsInAnyRoleAsync(WorkbenchRoles.Translator, WorkbenchRoles.Administrator);

    /// <summary>
    /// Calls <paramref name="onChange"/> when flags of the document change elsewhere: another reviewer's flag or
    /// answer, or a check run (including one this circuit's edit started), until disposed.
    /// </summary>
    public IDisposable WatchFlags(int documentId, Func<DocumentChange, Task> onChange) =>
        _notifier.Subscribe(documentId, change => change.Kind == DocumentChangeKind.FlagsChanged && change.CircuitTag != _circuitTag
            ? onChange(change)
            : Task.CompletedTask);

    private async Task<string> RequireReviewerAsync(string what)
    {
        await RequireRoleAsync(what, WorkbenchRoles.Reviewer, WorkbenchRoles.Administrator).ConfigureAwait(false);
        return await _user.NameAsync().ConfigureAwait(false);
    }

    private async Task RequireRoleAsync(string what, params string[] roles)
    {
        if (!await _user.IsInAnyRoleAsync(roles).ConfigureAwait(false))
        {
            throw new ReviewValidationException($"Only a {string.Join(" or ", roles.Select(r => r.ToLowerInvariant()))} can {what}: ask one to do it.");
        }
    }

    private FlagRow Published(FlagRow row, string user)
    {
        Publish(row.DocumentId, user, row.SegmentId);
        return row;
    }

    private void Publish(int documentId, string user, long? segmentId) =>
        _notifier.Publish(new DocumentChange(documentId, _circuitTag, user, DocumentChangeKind.FlagsChanged, segmentId));
}
