namespace TranslationReview.Core.Alignment;

/// <summary>Precision, recall and their harmonic mean (F1), each from 0 to 1.</summary>
/// <param name="Precision">Share of predicted beads that are hits.</param>
/// <param name="Recall">Share of gold beads that are found.</param>
public sealed record PrecisionRecall(double Precision, double Recall)
{
    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The figures as <c>P=0.912 R=0.887 F1=0.899</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000}");
}
