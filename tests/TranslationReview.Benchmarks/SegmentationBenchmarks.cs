using System.Text;
using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Segmentation;

namespace TranslationReview.Benchmarks;

/// <summary>
/// Splitting a 10,000-sentence document (about 1.3 million characters, 1.5 MB and more in UTF-8; five sentences per
/// paragraph) with the built-in SRX rules.
/// The sentences carry what makes segmentation slow in practice: abbreviations, initials, numbers, dates,
/// URLs, e-mail addresses, quotes and ellipses.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private static readonly string[] EnglishSentences =
    [
        "Mr. Holmes met Dr. Watson at 221B Baker St. in London on a rainy Tuesday afternoon in late October of that year, long before the case began.",
        "The quarterly report (see Fig. 3 and pp. 12-14) shows that revenue rose from 3.5 to 4.25 percent, i.e. faster than the board had planned.",
        "Please send the reviewed XLIFF files to review.team@example.com or upload them at https://portal.example.org/upload/v2.1/ before noon.",
        "He said: \"We will ship the localized build on 30.09.2022, right after the final linguistic sign-off by the reviewers in Kyiv.\"",
        "The committee, chaired by J. R. R. Tolkien's grandson, met at 9 a.m. and adjourned at 5 p.m. without a vote...",
        "Did the translator really approve all 1,250 segments in a single afternoon without consulting the glossary or the style guide?!",
        "Terminology, style, formatting, etc. are all covered by the checklist that the lead reviewer maintains and updates every single week.",
    ];

    private static readonly string[] RussianSentences =
    [
        "В. В. Иванов подписал договор в г. Москва, ул. Тверская, д. 7, в присутствии юристов обеих сторон и переводчика.",
        "Бюджет проекта составил 2 млрд. рублей, т. е. на 3.5 процента больше, чем планировалось в начале 2022 г. по смете.",
        "Он сказал: «Отправьте файлы на review@example.ru до 30.09.2022, иначе мы не успеем к сдаче проекта заказчику.»",
        "Вы действительно проверили все 1250 сегментов за один день, не заглядывая в глоссарий и в руководство по стилю?!",
        "Термины, стиль, форматирование и т. д. проверяются по списку, который ведёт ведущий редактор проекта, а также...",
    ];

    private string _english = string.Empty;
    private string _russian = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _english = BuildDocument(EnglishSentences);
        _russian = BuildDocument(RussianSentences);

        // Compile the rules for both languages before measuring, as a long-running service would have.
        _ = SrxSegmenter.Default.Split(_english, "en-US");
        _ = SrxSegmenter.Default.Split(_russian, "ru");
        Console.WriteLine($"// English document: {_english.Length:N0} chars, {SrxSegmenter.Default.Split(_english, "en-US").Count:N0} segments");
        Console.WriteLine($"// Russian document: {_russian.Length:N0} chars, {SrxSegmenter.Default.Split(_russian, "ru").Count:N0} segments");
    }

    [Benchmark(Baseline = true)]
    public int SplitEnglish10kSentences() => SrxSegmenter.Default.Split(_english, "en-US").Count;

    [Benchmark]
    public int SplitRussian10kSentences() => SrxSegmenter.Default.Split(_russian, "ru").Count;

    private static string BuildDocument(string[] sentences)
    {
        var random = new Random(20221001);
        var text = new StringBuilder(1_600_000);
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(sentences[random.Next(sentences.Length)]);
            text.Append(i % 5 == 4 ? "\n" : " ");
        }

        return text.ToString();
    }
}
