namespace TranslationReview.Data;

/// <summary>What a glossary import changed.</summary>
/// <param name="Added">New entries.</param>
/// <param name="Updated">Entries whose source term was already in the glossary, now replaced by the file's.</param>
/// <param name="Removed">Entries removed because the import replaced the whole glossary.</param>
/// <param name="Skipped">Entries of the file left out, with the reason, each fit to show.</param>
public sealed record GlossaryImportResult(int Added, int Updated, int Removed, IReadOnlyList<string> Skipped);
