using TranslationReview.Core.Documents;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>The review grid's view of a document: filtered pages of segments, edits, states and alignment repairs.</summary>
public sealed class SegmentGridService
{
    private readonly SegmentStore _segments;
    private readonly CurrentUser _user;

    public SegmentGridService(SegmentStore segments, CurrentUser user)
    {
        _segments = segments;
        _user = user;
    }

    /// <summary>One page of the filtered segments, in document order, with the filtered total.</summary>
    public Task<SegmentPage> GetPageAsync(int documentId, GridFilter filter, int skip, int take, CancellationToken cancellationToken) =>
        _segments.GetPageAsync(documentId, filter.ToSegmentFilter(), skip, take, cancellationToken);

    public Task<SegmentRow?> GetAsync(long segmentId, CancellationToken cancellationToken) =>
        _segments.GetAsync(segmentId, cancellationToken);

    /// <summary>Saves an edited target (plain text; inline codes of the old target are dropped).</summary>
    public async Task<SegmentRow> UpdateTargetAsync(long segmentId, string target, CancellationToken cancellationToken) =>
        await _segments.UpdateTargetAsync(segmentId, target, await _user.NameAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<SegmentRow> SetStateAsync(long segmentId, SegmentState state, CancellationToken cancellationToken) =>
        await _segments.SetStateAsync(segmentId, state, await _user.NameAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task MergeWithNextAsync(long segmentId, CancellationToken cancellationToken) =>
        await _segments.MergeWithNextAsync(segmentId, await _user.NameAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task SplitAsync(long segmentId, int sourceOffset, int targetOffset, CancellationToken cancellationToken) =>
        await _segments.SplitAsync(segmentId, sourceOffset, targetOffset, await _user.NameAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task MoveTargetSentenceAsync(long segmentId, MoveDirection direction, CancellationToken cancellationToken) =>
        await _segments.MoveTargetSentenceAsync(segmentId, direction, await _user.NameAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
