namespace TranslationReview.Core.Diffing;

/// <summary>
/// One run of a diff: equal, inserted or deleted text. Offsets are UTF-16 positions in the whole old and new texts,
/// so either side can be highlighted in place; the span's text is plain text, never markup.
/// </summary>
/// <param name="Kind">Equal, insert or delete.</param>
/// <param name="Text">The run's text: from the old text for equal and deleted runs, from the new text for inserted ones.</param>
/// <param name="OldStart">Where the run starts in the old text; for an insertion, the position it is inserted at.</param>
/// <param name="NewStart">Where the run starts in the new text; for a deletion, the position it was deleted at.</param>
/// <param name="CharacterDetail">
/// On the insertion of a replaced word or short run (an <see cref="DiffOperation.Insert"/> right after its
/// <see cref="DiffOperation.Delete"/>): the character-level diff of the deleted text against the inserted one, with
/// offsets in the whole texts as well, so <c>Berbock</c> → <c>Baerbock</c> reads as one inserted <c>a</c>.
/// Null everywhere else.
/// </param>
public sealed record DiffSpan(
    DiffOperation Kind,
    string Text,
    int OldStart,
    int NewStart,
    IReadOnlyList<DiffSpan>? CharacterDetail = null);
