using System.Text;

namespace TranslationReview.Core.Names;

/// <summary>
/// The shipped name data (Names/Data/*.tsv, embedded): the gazetteer of Ukrainian places, the Russian↔Ukrainian given
/// names and the established English spellings, indexed by <see cref="NameKeys.Key(string)"/> so any case form finds its entry.
/// </summary>
internal sealed class NameTables
{
    private static readonly Lazy<NameTables> Shipped = new(Load);

    private readonly Dictionary<string, UkrainianPlace> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GivenNamePair> _givenNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EstablishedName>> _established = new(StringComparer.Ordinal);

    /// <summary>The tables shipped with Core.</summary>
    public static NameTables Default => Shipped.Value;

    /// <summary>The place whose noun or adjective (any case form) has this key; multi-word keys are space-separated.</summary>
    public UkrainianPlace? Place(string key) => _places.GetValueOrDefault(key);

    /// <summary>The given name, Russian or Ukrainian, whose key this is.</summary>
    public GivenNamePair? GivenName(string key) => _givenNames.GetValueOrDefault(key);

    /// <summary>Established names whose last word (the surname, or a one-word place) has this key.</summary>
    public IReadOnlyList<EstablishedName> Established(string lastWordKey) =>
        _established.TryGetValue(lastWordKey, out var names) ? names : [];

    private static NameTables Load()
    {
        var tables = new NameTables();
        foreach (var row in Rows("ukrainian-places.tsv"))
        {
            var place = new UkrainianPlace(row[0], row[1], row[2], Split(row[3]));
            foreach (var form in new[] { row[0], row[1], row[4], row[5] }.Where(f => f.Length > 0))
            {
                tables._places.TryAdd(NameKeys.KeyOfPhrase(form), place);
            }
        }

        foreach (var row in Rows("given-names.tsv"))
        {
            var pair = new GivenNamePair(row[0], row[1], Split(row[2]));
            tables._givenNames.TryAdd(NameKeys.Key(row[0]), pair);
            tables._givenNames.TryAdd(NameKeys.Key(row[1]), pair);
        }

        foreach (var row in Rows("established-names.tsv"))
        {
            var origin = row[3] switch
            {
                "ua" => NameOrigin.Ukrainian,
                "ru" or "by" => NameOrigin.Russian,
                _ => NameOrigin.Foreign,
            };
            var name = new EstablishedName(row[0], [.. Split(row[1]).Concat(Split(row[2])).Distinct(StringComparer.Ordinal)], origin);
            foreach (var cyrillic in name.Cyrillic)
            {
                var key = NameKeys.Key(cyrillic.Split(' ')[^1]);
                var list = tables._established.TryGetValue(key, out var existing) ? existing : tables._established[key] = [];
                if (!list.Contains(name))
                {
                    list.Add(name);
                }
            }
        }

        return tables;
    }

    private static string[] Split(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string[]> Rows(string file)
    {
        var name = "TranslationReview.Core.Names.Data." + file;
        using var stream = typeof(NameTables).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The name table {name} is not embedded in TranslationReview.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = true;
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split('\t');
            rows.Add([.. cells.Select(c => c.Trim()).Concat(Enumerable.Repeat(string.Empty, 6)).Take(Math.Max(cells.Length, 6))]);
        }

        return rows;
    }
}
