namespace TranslationReview.Core.Diffing;

/// <summary>A run of one version's text in a <see cref="DisagreementView"/>: agreed by every version, or disputed.</summary>
/// <param name="Text">The run's plain text.</param>
/// <param name="Start">Offset of the run in the version's text.</param>
/// <param name="Disputed">True when not every version has this text at this place.</param>
public sealed record DisagreementSpan(string Text, int Start, bool Disputed);
