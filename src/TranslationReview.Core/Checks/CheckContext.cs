using TranslationReview.Core.Terminology;

namespace TranslationReview.Core.Checks;

/// <summary>
/// What one run of the checks works on: the document, the project glossary, and analyses several checks share (term
/// matches, names found in the source), computed once per run and kept here.
/// </summary>
public sealed class CheckContext
{
    private readonly Dictionary<Type, object> _shared = [];

    /// <summary>Creates the context for one run.</summary>
    /// <param name="document">The segments to check.</param>
    /// <param name="glossary">The project glossary, or null when the project has none.</param>
    /// <param name="cancellationToken">Stops a long run between segments.</param>
    public CheckContext(CheckDocument document, Glossary? glossary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Glossary = glossary;
        CancellationToken = cancellationToken;
    }

    /// <summary>The segments to check.</summary>
    public CheckDocument Document { get; }

    /// <summary>The project glossary, or null. Where it speaks, it overrides every other check.</summary>
    public Glossary? Glossary { get; }

    /// <summary>Stops a long run; checks call <see cref="CancellationToken.ThrowIfCancellationRequested"/> between segments.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// An analysis shared by several checks, computed on first use in this run and reused after it; the analysis type
    /// is its key.
    /// </summary>
    public T Shared<T>(Func<CheckContext, T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_shared.TryGetValue(typeof(T), out var value))
        {
            return (T)value;
        }

        var computed = compute(this);
        _shared[typeof(T)] = computed;
        return computed;
    }
}
