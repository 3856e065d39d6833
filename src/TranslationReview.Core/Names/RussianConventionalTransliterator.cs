namespace TranslationReview.Core.Names;

/// <summary>
/// The conventional English spelling of Russian names as the English-language press writes them: BGN/PCGN (simplified)
/// with these changes — -ий and -ый at the end of a word are -y (Dmitry, Zelensky); ия is ia (Maria); ё is yo (Fyodor,
/// Semyon) but e after ж, ч, ш, щ (Gorbachev, Khrushchev); -ей at the end of a word is -ei (Sergei, Alexei); ь before и
/// is y (Ilyich); кс is x only in the name stems Алекс- and Макс- at the start of a word (Alexei, Maxim), where that
/// spelling is the convention; elsewhere it stays ks (Aksyonov).
/// </summary>
internal sealed class RussianConventionalTransliterator : CyrillicTransliterator
{
    public override string Language => "ru";

    public override TransliterationScheme Scheme => TransliterationScheme.Conventional;

    protected override string Letter(string word, int index, out int consumed)
    {
        consumed = 1;
        var ch = word[index];
        var atEnd = index + 2 == word.Length;
        if ((ch is 'и' or 'ы') && atEnd && word[index + 1] == 'й')
        {
            consumed = 2;
            return "y";
        }

        if (ch == 'е' && atEnd && word[index + 1] == 'й' && index > 0)
        {
            consumed = 2;
            return "ei";
        }

        if (ch == 'к' && index + 1 < word.Length && word[index + 1] == 'с'
            && ((index == 3 && word.StartsWith("алекс", StringComparison.Ordinal)) || (index == 2 && word.StartsWith("макс", StringComparison.Ordinal))))
        {
            consumed = 2;
            return "x";
        }

        return ch switch
        {
            'я' when index > 0 && word[index - 1] == 'и' => "a",
            'ё' when index > 0 && word[index - 1] is 'ж' or 'ч' or 'ш' or 'щ' => "e",
            'ё' => "yo",
            'е' => RussianBgnPcgnTransliterator.IotatedPosition(word, index) ? "ye" : "e",
            'ь' when index + 1 < word.Length && word[index + 1] == 'и' => "y",
            'й' => "y",
            _ => RussianBgnPcgnTransliterator.Common(word, index) ?? ch.ToString(),
        };
    }
}
