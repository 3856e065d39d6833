using TranslationReview.Core.Documents;

namespace TranslationReview.Core.Versions;

/// <summary>
/// A translation candidate a bilingual file carries beside a segment's target: an XLIFF 1.2 <c>&lt;alt-trans&gt;</c>
/// or an XLIFF 2 <c>&lt;mtc:match&gt;</c>.
/// </summary>
/// <param name="SegmentIndex">The 0-based index of the segment in its document that the candidate translates.</param>
/// <param name="Target">The candidate translation, with its inline codes.</param>
/// <param name="Label">What to call it: the engine or tool that produced it (<c>origin</c>, <c>tool-id</c>), else the kind of match.</param>
/// <param name="IsMachineTranslation">True when the file says a machine translation engine produced it.</param>
public sealed record TranslationCandidate(int SegmentIndex, SegmentContent Target, string Label, bool IsMachineTranslation);
