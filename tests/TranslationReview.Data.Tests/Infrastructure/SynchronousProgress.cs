namespace TranslationReview.Data.Tests.Infrastructure;

/// <summary>Records progress reports as they happen (<see cref="Progress{T}"/> would post them later, to the pool).</summary>
public sealed class SynchronousProgress(List<int> reports, Action<int>? onReport = null) : IProgress<int>
{
    public void Report(int value)
    {
        reports.Add(value);
        onReport?.Invoke(value);
    }
}
