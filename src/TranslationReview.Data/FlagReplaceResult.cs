namespace TranslationReview.Data;

/// <summary>What replacing a document's automatic flags changed.</summary>
/// <param name="Added">Findings that are new: flags raised Open.</param>
/// <param name="Kept">Findings that were already flagged: the flag, its status and answers stay, its offsets follow the text.</param>
/// <param name="Removed">Automatic flags whose finding is gone.</param>
public sealed record FlagReplaceResult(int Added, int Kept, int Removed);
