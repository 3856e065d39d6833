namespace TranslationReview.Core.Names;

/// <summary>The Russian and Ukrainian forms of one given name (Владимир, Володимир).</summary>
/// <param name="Russian">The Russian form.</param>
/// <param name="Ukrainian">The Ukrainian form.</param>
/// <param name="RussianBasedEnglish">English spellings of the Russian form that are not plain romanizations (Alexander).</param>
internal sealed record GivenNamePair(string Russian, string Ukrainian, IReadOnlyList<string> RussianBasedEnglish);
