using TranslationReview.Core.Terminology.Stemming;

namespace TranslationReview.Core.Tests.Terminology.Stemming;

/// <summary>Every case form of a word shares a stem with its dictionary form; different words share none.</summary>
public class StemmerCaseFormsTests
{
    private static bool Meet(IStemmer stemmer, string a, string b) =>
        stemmer.Stems(TermFolding.Fold(a)).Intersect(stemmer.Stems(TermFolding.Fold(b))).Any();

    [Theory]
    // Nouns, masculine: nominative, genitive, dative, accusative, instrumental, prepositional; plural.
    [InlineData("Кремль", "Кремля Кремлю Кремль Кремлем Кремле")]
    [InlineData("Киев", "Киева Киеву Киев Киевом Киеве")]
    [InlineData("Брюссель", "Брюсселя Брюсселю Брюсселем Брюсселе")]
    [InlineData("секретарь", "секретаря секретарю секретарем секретаре секретари секретарей секретарям секретарями секретарях")]
    [InlineData("Алексей", "Алексея Алексею Алексеем Алексее")]
    [InlineData("Владимир", "Владимира Владимиру Владимиром Владимире")]
    // Neuter and feminine.
    [InlineData("Министерство", "Министерства Министерству Министерством Министерстве Министерств Министерствам Министерствами Министерствах")]
    [InlineData("оборона", "обороны обороне оборону обороной обороною")]
    [InlineData("Украина", "Украины Украине Украину Украиной")]
    [InlineData("Эстония", "Эстонии Эстонию Эстонией")]
    [InlineData("Рада", "Рады Раде Раду Радой")]
    [InlineData("операция", "операции операцию операцией операций операциям операциями операциях")]
    // Adjectives and participles, all genders and numbers.
    [InlineData("генеральный", "генерального генеральному генеральным генеральном генеральная генеральной генеральную генеральное генеральные генеральных генеральными")]
    [InlineData("Херсонская", "Херсонской Херсонскую Херсонскою Херсонские Херсонских Херсонским Херсонскими")]
    [InlineData("Зеленский", "Зеленского Зеленскому Зеленским Зеленском")]
    [InlineData("Вооружённые", "Вооруженных Вооруженным Вооруженными вооруженные")]
    [InlineData("Соединенные", "Соединенных Соединенным Соединенными Соединённых")]
    [InlineData("отец", "отца отцу отцом отце отцы отцов")]
    [InlineData("военная", "военной военную военною военные военных")]
    public void Russian_EveryCaseForm_MeetsTheDictionaryForm(string lemma, string forms)
    {
        var stemmer = new RussianStemmer();

        Assert.All(forms.Split(' '), form => Assert.True(Meet(stemmer, lemma, form), $"{form} should meet {lemma}: {string.Join("/", stemmer.Stems(TermFolding.Fold(form)))} vs {string.Join("/", stemmer.Stems(TermFolding.Fold(lemma)))}"));
    }

    [Theory]
    [InlineData("Кабінет", "Кабінету Кабінетові Кабінетом Кабінеті Кабінети Кабінетів Кабінетам Кабінетами Кабінетах")]
    [InlineData("Харків", "Харкова Харкову Харкові Харковом Харків")]
    [InlineData("Київ", "Києва Києву Києві Києвом")]
    [InlineData("Миколаїв", "Миколаєва Миколаєву Миколаєві Миколаєвом")]
    [InlineData("Львів", "Львова Львову Львові Львовом")]
    [InlineData("міністр", "міністра міністру міністрові міністром міністрі міністри міністрів міністрам міністрами міністрах")]
    [InlineData("сила", "сили силі силу силою сил силам силами силах")]
    [InlineData("Салтівка", "Салтівки Салтівці Салтівку Салтівкою Салтівко")]
    [InlineData("Гора", "Гори Горі Гору Горою")]
    [InlineData("вулиця", "вулиці вулицю вулицею вулиць вулицям вулицями вулицях")]
    [InlineData("Олексій", "Олексія Олексію Олексієві Олексієм Олексію")]
    [InlineData("Ігор", "Ігоря Ігорю Ігореві Ігорем Ігоре")]
    [InlineData("Терехов", "Терехова Терехову Тереховим Терехові")]
    [InlineData("обʼїзд", "об'їзду обʼїздом об’їзді")]
    [InlineData("гривня", "гривні гривню гривнею гривень гривням гривнями")]
    [InlineData("Кравець", "Кравця Кравцю Кравцем Кравці")]
    [InlineData("Збройні", "Збройних Збройним Збройними збройні")]
    [InlineData("Харківська", "Харківської Харківській Харківську Харківською")]
    [InlineData("міський", "міського міському міським міськім міська міської міській міську міською міські міських міськими")]
    [InlineData("національний", "національного національному національним національному національна національної")]
    [InlineData("ухвалена", "ухваленої ухваленій ухвалену ухваленою ухвалені ухвалених")]
    public void Ukrainian_EveryCaseForm_MeetsTheDictionaryForm(string lemma, string forms)
    {
        var stemmer = new UkrainianStemmer();

        Assert.All(forms.Split(' '), form => Assert.True(Meet(stemmer, lemma, form), $"{form} should meet {lemma}: {string.Join("/", stemmer.Stems(TermFolding.Fold(form)))} vs {string.Join("/", stemmer.Stems(TermFolding.Fold(lemma)))}"));
    }

    [Theory]
    [InlineData("ru", "Киев", "киевский")]
    [InlineData("ru", "Украина", "украинский")]
    [InlineData("ru", "министр", "министерство")]
    [InlineData("ru", "Россия", "российский")]
    [InlineData("ru", "Путин", "путь")]
    [InlineData("uk", "Харків", "харківський")]
    [InlineData("uk", "Київ", "київський")]
    [InlineData("uk", "міністр", "міністерство")]
    [InlineData("uk", "рада", "радник")]
    [InlineData("uk", "Україна", "український")]
    [InlineData("en", "Kyiv", "Kyivan")]
    [InlineData("en", "state", "statement")]
    [InlineData("en", "US", "use")]
    [InlineData("en", "force", "forced")]
    public void Stems_DifferentWords_StayApart(string language, string a, string b)
    {
        Assert.False(Meet(Stemmers.For(language), a, b));
    }

    [Theory]
    [InlineData("Zelensky", "Zelensky's Zelensky’s Zelenskys")]
    [InlineData("Armed Forces", "Armed Forces'|Armed Forces’|armed forces")]
    [InlineData("force", "forces forces' force's")]
    [InlineData("hostility", "hostilities")]
    [InlineData("box", "boxes")]
    [InlineData("march", "marches")]
    [InlineData("state", "states states'")]
    [InlineData("bus", "buses")]
    [InlineData("house", "houses")]
    [InlineData("niche", "niches")]
    [InlineData("tie", "ties")]
    [InlineData("NATO", "NATO's")]
    public void English_PossessivesAndPlurals_MeetTheRendering(string rendering, string forms)
    {
        var stemmer = new EnglishStemmer();

        Assert.All(forms.Split('|', ' ').Length > 0 && forms.Contains('|', StringComparison.Ordinal) ? forms.Split('|') : forms.Split(' '), form => Assert.True(
            rendering.Split(' ').Zip(form.Split(' ')).All(pair => Meet(stemmer, pair.First, pair.Second)), $"{form} should meet {rendering}"));
    }

    [Theory]
    [InlineData("ЁЛКА", "елка")]
    [InlineData("Обʼїзд", "об’їзд")]
    [InlineData("Zelensky`s", "zelensky's")]
    [InlineData("Украи\u0301ны", "украины")]
    public void Fold_CaseYoAndApostrophes_AreEvenedOut(string word, string folded)
    {
        Assert.Equal(folded.Replace('’', '\''), TermFolding.Fold(word));
    }

    [Theory]
    [InlineData("ru", typeof(RussianStemmer))]
    [InlineData("uk-UA", typeof(UkrainianStemmer))]
    [InlineData("en_GB", typeof(EnglishStemmer))]
    [InlineData("de", typeof(FoldingStemmer))]
    public void For_LanguageTag_PicksTheStemmer(string language, Type expected)
    {
        Assert.IsType(expected, Stemmers.For(language));
    }
}
