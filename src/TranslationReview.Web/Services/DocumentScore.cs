using TranslationReview.Core.Scoring;

namespace TranslationReview.Web.Services;

/// <summary>A document's MQM score against its project's pass threshold.</summary>
/// <param name="Score">Penalty, quality, word count and the error counts by category and severity.</param>
/// <param name="PassThreshold">The quality score the project requires (0–100).</param>
public sealed record DocumentScore(MqmScore Score, double PassThreshold)
{
    /// <summary>True when the quality score reaches the threshold.</summary>
    public bool Passes => Score.Passes(PassThreshold);
}
