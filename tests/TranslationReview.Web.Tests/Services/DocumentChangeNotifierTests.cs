using Microsoft.Extensions.Logging.Abstractions;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Services;

public sealed class DocumentChangeNotifierTests
{
    private readonly DocumentChangeNotifier _notifier = new(NullLogger<DocumentChangeNotifier>.Instance);

    [Fact]
    public void Publish_ChangeToOneDocument_ReachesOnlyThatDocumentsSubscribers()
    {
        var first = new List<DocumentChange>();
        var second = new List<DocumentChange>();
        using var a = _notifier.Subscribe(1, Record(first));
        using var b = _notifier.Subscribe(2, Record(second));

        var change = Change(1, DocumentChangeKind.TargetEdited, 17);
        _notifier.Publish(change);

        Assert.Equal([change], first);
        Assert.Empty(second);
    }

    [Fact]
    public void Publish_AfterTheSubscriptionIsDisposed_DeliversNothing()
    {
        var seen = new List<DocumentChange>();
        var subscription = _notifier.Subscribe(1, Record(seen));
        _notifier.Publish(Change(1, DocumentChangeKind.StateChanged, 3));

        subscription.Dispose();
        _notifier.Publish(Change(1, DocumentChangeKind.AlignmentRepaired, 3));

        Assert.Equal([DocumentChangeKind.StateChanged], seen.Select(c => c.Kind));
    }

    [Fact]
    public void Publish_OneSubscriberThrows_OthersStillGetTheChange()
    {
        var before = new List<DocumentChange>();
        var after = new List<DocumentChange>();
        using var a = _notifier.Subscribe(1, Record(before));
        using var failing = _notifier.Subscribe(1, _ => throw new InvalidOperationException("The circuit is gone."));
        using var faulted = _notifier.Subscribe(1, _ => Task.FromException(new InvalidOperationException("Render failed.")));
        using var b = _notifier.Subscribe(1, Record(after));

        _notifier.Publish(Change(1, DocumentChangeKind.TargetEdited, 5));
        _notifier.Publish(Change(1, DocumentChangeKind.StateChanged, 5));

        Assert.Equal(2, before.Count);
        Assert.Equal(2, after.Count);
    }

    private static Func<DocumentChange, Task> Record(List<DocumentChange> into) => change =>
    {
        lock (into)
        {
            into.Add(change);
        }

        return Task.CompletedTask;
    };

    private static DocumentChange Change(int documentId, DocumentChangeKind kind, long segmentId) =>
        new(documentId, "circuit-a", "reviewer@example.org", kind, segmentId);
}
