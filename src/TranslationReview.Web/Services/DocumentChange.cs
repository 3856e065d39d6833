namespace TranslationReview.Web.Services;

/// <summary>
/// One saved change to a document. <paramref name="CircuitTag"/> identifies the circuit that made it, so that circuit
/// can ignore its own echo; <paramref name="ChangedBy"/> is the reviewer's name shown to the others.
/// </summary>
public sealed record DocumentChange(int DocumentId, string CircuitTag, string ChangedBy, DocumentChangeKind Kind, long? SegmentId);
