using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Tmx;

namespace TranslationReview.Benchmarks;

/// <summary>
/// Reading a translation memory just under the 50 MB upload limit: English–Ukrainian units, some with
/// <c>&lt;bpt&gt;</c>/<c>&lt;ept&gt;</c>/<c>&lt;ph&gt;</c> codes, props and notes. The file is generated once,
/// deterministically, into a temporary file.
/// </summary>
[MemoryDiagnoser]
public class TmxReadBenchmarks
{
    private const long TargetBytes = 49L * 1024 * 1024;

    private static readonly string[] English =
    [
        "Click Save to keep your changes before closing the window.",
        "The translation memory contains segments from previous projects.",
        "Please review the terminology list before you start translating.",
        "An error occurred while the file was being uploaded to the server.",
    ];

    private static readonly string[] Ukrainian =
    [
        "Натисніть «Зберегти», щоб зберегти зміни перед закриттям вікна.",
        "Пам'ять перекладів містить сегменти з попередніх проєктів.",
        "Перегляньте список термінів, перш ніж почати перекладати.",
        "Під час завантаження файлу на сервер сталася помилка.",
    ];

    private string _path = string.Empty;

    [GlobalSetup]
    public void Generate()
    {
        _path = Path.Combine(Path.GetTempPath(), "trv-bench-49mb.tmx");
        using var writer = new StreamWriter(_path, append: false, new UTF8Encoding(false));
        writer.Write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
              <body>

            """);
        for (var i = 0; writer.BaseStream.Position < TargetBytes; i++)
        {
            var n = i % English.Length;
            var id = i.ToString(CultureInfo.InvariantCulture);
            var (source, target) = (i % 3) switch
            {
                0 => ($"{English[n]} ({id})", $"{Ukrainian[n]} ({id})"),
                1 => ($"Press <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>{English[n]}<ept i=\"1\">&lt;/b&gt;</ept> now {id}.",
                      $"Натисніть <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>{Ukrainian[n]}<ept i=\"1\">&lt;/b&gt;</ept> зараз {id}."),
                _ => ($"{English[n]}<ph x=\"1\" type=\"lb\">&lt;br/&gt;</ph>Unit {id}.", $"{Ukrainian[n]}<ph x=\"1\" type=\"lb\">&lt;br/&gt;</ph>Одиниця {id}."),
            };
            writer.Write($"""
                    <tu tuid="u{id}" creationdate="20240101T120000Z" changeid="reviewer"><prop type="x-project">Kyiv portal</prop><note>Checked</note>
                      <tuv xml:lang="en-US"><seg>{source}</seg></tuv>
                      <tuv xml:lang="uk-UA"><seg>{target}</seg></tuv>
                    </tu>

                """);
        }

        writer.Write("  </body>\n</tmx>\n");
    }

    [GlobalCleanup]
    public void Delete() => File.Delete(_path);

    [Benchmark]
    public async Task<int> ReadTmx49Mb()
    {
        await using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        BilingualDocument document = await new TmxReader().ReadAsync(stream, "bench.tmx", ReadOptions.Default, CancellationToken.None);
        return document.Segments.Count;
    }
}
