using TranslationReview.Core.Names;

namespace TranslationReview.Core.Tests.Names;

public class TransliteratorsTests
{
    // The examples column of the official KMU 2010 table (resolution No. 55 of 27 January 2010).
    [Theory]
    [InlineData("Алушта", "Alushta")]
    [InlineData("Борщагівка", "Borshchahivka")]
    [InlineData("Вінниця", "Vinnytsia")]
    [InlineData("Гадяч", "Hadiach")]
    [InlineData("Згорани", "Zghorany")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Дон", "Don")]
    [InlineData("Рівне", "Rivne")]
    [InlineData("Єнакієве", "Yenakiieve")]
    [InlineData("Житомир", "Zhytomyr")]
    [InlineData("Закарпаття", "Zakarpattia")]
    [InlineData("Медвин", "Medvyn")]
    [InlineData("Іршава", "Irshava")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Кадіївка", "Kadiivka")]
    [InlineData("Йосипівка", "Yosypivka")]
    [InlineData("Стрий", "Stryi")]
    [InlineData("Олексій", "Oleksii")]
    [InlineData("Київ", "Kyiv")]
    [InlineData("Лебедин", "Lebedyn")]
    [InlineData("Миргород", "Myrhorod")]
    [InlineData("Ніжин", "Nizhyn")]
    [InlineData("Одеса", "Odesa")]
    [InlineData("Полтава", "Poltava")]
    [InlineData("Ромни", "Romny")]
    [InlineData("Суми", "Sumy")]
    [InlineData("Тетерів", "Teteriv")]
    [InlineData("Ужгород", "Uzhhorod")]
    [InlineData("Фастів", "Fastiv")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Біла Церква", "Bila Tserkva")]
    [InlineData("Чернівці", "Chernivtsi")]
    [InlineData("Шостка", "Shostka")]
    [InlineData("Гоща", "Hoshcha")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Корюківка", "Koriukivka")]
    [InlineData("Яготин", "Yahotyn")]
    [InlineData("Костянтин", "Kostiantyn")]
    [InlineData("Знам'янка", "Znamianka")]
    [InlineData("Знамʼянка", "Znamianka")]
    [InlineData("Феодосія", "Feodosiia")]
    [InlineData("Володимир Зеленський", "Volodymyr Zelenskyi")]
    [InlineData("Запоріжжя", "Zaporizhzhia")]
    [InlineData("КИЇВ і ЛЬВІВ", "KYIV i LVIV")]
    [InlineData("Щастя, 2024 р.", "Shchastia, 2024 r.")]
    public void Kmu2010_OfficialTableExamples_Match(string ukrainian, string expected)
    {
        var transliterator = Transliterators.Find("uk", TransliterationScheme.Kmu2010)!;

        Assert.Equal(expected, transliterator.Transliterate(ukrainian));
    }

    [Theory]
    [InlineData("Горбачёв", "Gorbachev")]
    [InlineData("Ельцин", "Yeltsin")]
    [InlineData("Юрий", "Yuriy")]
    [InlineData("Хрущёв", "Khrushchev")]
    [InlineData("подъезд", "podyezd")]
    [InlineData("Эстония", "Estoniya")]
    [InlineData("Белый", "Belyy")]
    [InlineData("Татьяна", "Tatyana")]
    [InlineData("Щукин", "Shchukin")]
    [InlineData("Санкт-Петербург", "Sankt-Peterburg")]
    [InlineData("Достоевский", "Dostoyevskiy")]
    [InlineData("Енисей", "Yenisey")]
    [InlineData("Майя", "Mayya")]
    [InlineData("Владимир Путин", "Vladimir Putin")]
    [InlineData("Запорожье", "Zaporozhye")]
    [InlineData("ЦСКА", "TSSKA")]
    public void BgnPcgn_RussianNames_SimplifiedForm(string russian, string expected)
    {
        Assert.Equal(expected, Transliterators.Find("ru", TransliterationScheme.BgnPcgn)!.Transliterate(russian));
    }

    [Theory]
    [InlineData("Юрий Гагарин", "Yury Gagarin")]
    [InlineData("Мария Захарова", "Maria Zakharova")]
    [InlineData("Фёдор Достоевский", "Fyodor Dostoyevsky")]
    [InlineData("Горбачёв", "Gorbachev")]
    [InlineData("Сергей Лавров", "Sergei Lavrov")]
    [InlineData("Алексей", "Alexei")]
    [InlineData("Дмитрий Песков", "Dmitry Peskov")]
    [InlineData("Ильич", "Ilyich")]
    [InlineData("Максим", "Maxim")]
    [InlineData("Аксёнов", "Aksyonov")]
    [InlineData("Пётр", "Pyotr")]
    [InlineData("Зеленский", "Zelensky")]
    public void Conventional_RussianNames_AsThePressWritesThem(string russian, string expected)
    {
        Assert.Equal(expected, Transliterators.Find("ru", TransliterationScheme.Conventional)!.Transliterate(russian));
    }

    [Theory]
    [InlineData("ru", "Щукин", "Ŝukin")]
    [InlineData("ru", "Объём", "Obʺëm")]
    [InlineData("ru", "Эстония", "Èstoniâ")]
    [InlineData("ru", "Чайковский", "Čajkovskij")]
    [InlineData("uk", "Київ", "Kiïv")]
    [InlineData("uk", "Харків", "Harkìv")]
    [InlineData("uk", "Юрій", "Ûrìj")]
    [InlineData("uk", "Знам'янка", "Znam’ânka")]
    [InlineData("uk", "Чернівці", "Černìvcì")]
    [InlineData("uk", "Ґалаґан", "G\u0300alag\u0300an")]
    [InlineData("uk", "Єнакієве", "Ênakìêve")]
    public void Iso9_BothLanguages_OneLetterPerLetter(string language, string cyrillic, string expected)
    {
        Assert.Equal(expected, Transliterators.Find(language, TransliterationScheme.Iso9)!.Transliterate(cyrillic));
    }

    [Theory]
    [InlineData("ru", TransliterationScheme.Kmu2010)]
    [InlineData("uk", TransliterationScheme.BgnPcgn)]
    [InlineData("uk", TransliterationScheme.Conventional)]
    [InlineData("de", TransliterationScheme.Iso9)]
    public void Find_SchemeNotForTheLanguage_ReturnsNull(string language, TransliterationScheme scheme)
    {
        Assert.Null(Transliterators.Find(language, scheme));
    }

    [Theory]
    [InlineData("KMU2010", TransliterationScheme.Kmu2010)]
    [InlineData("bgn/pcgn", TransliterationScheme.BgnPcgn)]
    [InlineData("iso-9", TransliterationScheme.Iso9)]
    [InlineData("conventional", TransliterationScheme.Conventional)]
    public void TryParseScheme_CommonSpellings_Recognized(string text, TransliterationScheme expected)
    {
        Assert.True(Transliterators.TryParseScheme(text, out var scheme));
        Assert.Equal(expected, scheme);
        Assert.Equal(scheme, Transliterators.Find(expected == TransliterationScheme.Kmu2010 ? "uk-UA" : "ru", scheme)?.Scheme);
    }

    [Fact]
    public void Transliterate_LatinAndDigits_PassThrough()
    {
        var transliterator = Transliterators.Find("uk", TransliterationScheme.Kmu2010)!;

        Assert.Equal("NATO i YES, 30 krain", transliterator.Transliterate("NATO і ЄС, 30 країн"));
    }
}
