namespace TranslationReview.Core.Names;

/// <summary>A Ukrainian place from the shipped gazetteer.</summary>
/// <param name="Ukrainian">The Ukrainian form, such as Запоріжжя.</param>
/// <param name="Russian">The Russian form, such as Запорожье.</param>
/// <param name="English">The English spelling from the Ukrainian form, such as Zaporizhzhia; other accepted spellings follow after |.</param>
/// <param name="RussianBasedEnglish">English spellings from the Russian form seen in translations, such as Zaporozhye.</param>
internal sealed record UkrainianPlace(string Ukrainian, string Russian, string English, IReadOnlyList<string> RussianBasedEnglish);
