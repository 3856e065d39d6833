namespace TranslationReview.Core.Names;

/// <summary>A name with an established English spelling, from the shipped list.</summary>
/// <param name="English">The English spelling, such as "Annalena Baerbock".</param>
/// <param name="Cyrillic">Its Russian and Ukrainian forms, such as "Анналена Бербок".</param>
/// <param name="Origin">Whose name it is, which says whether a romanization of the Cyrillic can be right.</param>
internal sealed record EstablishedName(string English, IReadOnlyList<string> Cyrillic, NameOrigin Origin);
