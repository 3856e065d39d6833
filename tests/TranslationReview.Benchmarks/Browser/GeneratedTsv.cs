using System.Globalization;
using System.Text;

namespace TranslationReview.Benchmarks.Browser;

/// <summary>A large TSV document with varied, real-looking Ukrainian → English segments.</summary>
public static class GeneratedTsv
{
    private static readonly (string Source, string Target)[] Sentences =
    [
        ("Міська рада оголосила про старт двох проєктів відновлення.", "The city council announced the start of two reconstruction projects."),
        ("Будівля бібліотеки постраждала від обстрілу навесні.", "The library building was damaged by shelling in the spring."),
        ("Книжковий фонд вдалося зберегти.", "The book collection was saved."),
        ("Ремонт коштуватиме 48 мільйонів гривень.", "The repairs will cost 48 million hryvnias."),
        ("Робітники вже замінили 3,5 кілометра рейок.", "Workers have already replaced 3.5 kilometres of rails."),
        ("Відкрити оновлену бібліотеку планують 1 вересня.", "The renovated library is to open on 1 September."),
    ];

    /// <summary>Writes <paramref name="segments"/> lines of <c>source TAB target</c> to <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, int segments, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(segments * 120);
        for (var i = 1; i <= segments; i++)
        {
            var (source, target) = Sentences[i % Sentences.Length];
            text.Append(CultureInfo.InvariantCulture, $"{source} ({i})\t{target} ({i})\n");
        }

        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellationToken);
    }
}
