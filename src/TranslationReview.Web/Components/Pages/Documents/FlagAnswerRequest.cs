using TranslationReview.Data;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>A translator's answer to a flag, as the flag list sends it.</summary>
public sealed record FlagAnswerRequest(long FlagId, FlagAnswer Answer, string? Comment);
