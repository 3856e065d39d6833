using System.Collections.Immutable;

namespace TranslationReview.Web.Services;

/// <summary>
/// Tells every open circuit on a document that it changed (one instance for the whole app). Subscribers are kept per
/// document in immutable lists, so a publish works on a snapshot while others subscribe or leave.
/// </summary>
public sealed partial class DocumentChangeNotifier
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, ImmutableList<Subscription>> _subscribers = [];
    private readonly ILogger<DocumentChangeNotifier> _logger;

    public DocumentChangeNotifier(ILogger<DocumentChangeNotifier> logger) => _logger = logger;

    /// <summary>Calls <paramref name="onChange"/> for every change to the document until the result is disposed.</summary>
    public IDisposable Subscribe(int documentId, Func<DocumentChange, Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        var subscription = new Subscription(this, documentId, onChange);
        lock (_gate)
        {
            _subscribers[documentId] = _subscribers.TryGetValue(documentId, out var list) ? list.Add(subscription) : [subscription];
        }

        return subscription;
    }

    /// <summary>
    /// Hands the change to every subscriber of its document without waiting for them; a subscriber that fails is logged
    /// and never keeps the change from the others.
    /// </summary>
    public void Publish(DocumentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        ImmutableList<Subscription>? list;
        lock (_gate)
        {
            _subscribers.TryGetValue(change.DocumentId, out list);
        }

        foreach (var subscriber in list ?? [])
        {
            _ = DeliverAsync(subscriber.OnChange, change);
        }
    }

    private async Task DeliverAsync(Func<DocumentChange, Task> subscriber, DocumentChange change)
    {
        try
        {
            await subscriber(change).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One subscriber's failure (a closed circuit, a bug) must not reach the publisher or the others.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogDeliveryFailed(ex, change.DocumentId);
        }
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (_gate)
        {
            var documentId = subscription.DocumentId;
            if (_subscribers.TryGetValue(documentId, out var list))
            {
                list = list.Remove(subscription);
                if (list.IsEmpty)
                {
                    _subscribers.Remove(documentId);
                }
                else
                {
                    _subscribers[documentId] = list;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A grid on document {DocumentId} failed to take a change.")]
    private partial void LogDeliveryFailed(Exception exception, int documentId);

    private sealed class Subscription(DocumentChangeNotifier notifier, int documentId, Func<DocumentChange, Task> onChange) : IDisposable
    {
        private int _disposed;

        public int DocumentId => documentId;

        public Func<DocumentChange, Task> OnChange => onChange;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                notifier.Unsubscribe(this);
            }
        }
    }
}
