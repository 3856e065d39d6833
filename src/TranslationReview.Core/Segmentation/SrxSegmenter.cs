using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Segmentation;

/// <summary>
/// Sentence segmentation by SRX 2.0 rules, as in every CAT tool. <see cref="Default"/> uses the project's own
/// rules (English, Russian, Ukrainian, German, French and a generic fallback); <see cref="LoadAsync(string, CancellationToken)"/>
/// uses a user's SRX file instead. A line break always ends a segment, segments are trimmed and empty ones
/// dropped. Rules are translated from ICU syntax and checked when the segmenter is created; the compiled rules
/// of each combination of language rules are built on first use and cached. Thread-safe.
/// </summary>
public sealed class SrxSegmenter : ISentenceSegmenter
{
    /// <summary>The resource name of the built-in rules.</summary>
    internal const string DefaultRulesResource = "TranslationReview.Core.Segmentation.Rules.default.srx";

    private static readonly Lazy<SrxSegmenter> DefaultSegmenter = new(LoadDefault);
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u2028\u2029\u0085\v\f");

    private readonly TimeSpan _matchTimeout;
    private readonly IReadOnlyList<(Regex Pattern, string RuleName)> _maps;
    private readonly Dictionary<string, IReadOnlyList<SrxPattern>> _patterns;
    // Lazy: two reviews starting at once on the same language compile the rules once, not twice.
    private readonly ConcurrentDictionary<string, Lazy<SegmentationRuleEngine>> _engines = new(StringComparer.Ordinal);

    /// <summary>Creates a segmenter over a rule set, translating and checking every pattern now.</summary>
    /// <exception cref="DocumentFormatException">A pattern is not valid or cannot be expressed in .NET; names the file, line and rule.</exception>
    public SrxSegmenter(SrxRuleSet ruleSet)
        : this(ruleSet, SrxPattern.MatchTimeout)
    {
    }

    /// <summary>Creates a segmenter whose rules give up after <paramref name="matchTimeout"/> on one position.</summary>
    internal SrxSegmenter(SrxRuleSet ruleSet, TimeSpan matchTimeout)
    {
        _matchTimeout = matchTimeout;
        RuleSet = ruleSet;
        _patterns = ruleSet.LanguageRules.ToDictionary(
            rule => rule.Name,
            rule => (IReadOnlyList<SrxPattern>)rule.Rules.Select((r, i) => Translate(ruleSet.FileName, rule.Name, i, r)).ToList(),
            StringComparer.Ordinal);
        _maps = ruleSet.LanguageMaps.Select(map => (CompileMap(ruleSet.FileName, map), map.LanguageRuleName)).ToList();
    }

    /// <summary>The project's built-in rules, loaded once.</summary>
    public static SrxSegmenter Default => DefaultSegmenter.Value;

    /// <summary>The rules this segmenter applies.</summary>
    public SrxRuleSet RuleSet { get; }

    /// <summary>Loads a user's SRX file, which replaces the built-in rules.</summary>
    /// <exception cref="DocumentFormatException">The file is missing, not SRX, or holds a rule that cannot be used.</exception>
    public static async Task<SrxSegmenter> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new DocumentFormatException(path, "no such file");
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        return await LoadAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads SRX from a stream (an upload); <paramref name="fileName"/> names it in errors.</summary>
    public static async Task<SrxSegmenter> LoadAsync(Stream input, string fileName, CancellationToken cancellationToken) =>
        new(await SrxReader.ReadAsync(input, fileName, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    /// <exception cref="DocumentFormatException">A rule of the SRX file ran away on this text (catastrophic backtracking).</exception>
    public IReadOnlyList<string> Split(string text, string languageTag)
    {
        var engine = EngineFor(languageTag);
        var segments = new List<string>();
        var breaks = new List<int>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineLength = text.AsSpan(lineStart).IndexOfAny(LineBreaks);
            if (lineLength < 0)
            {
                lineLength = text.Length - lineStart;
            }

            var line = text.AsSpan(lineStart, lineLength);
            breaks.Clear();
            FindBreaks(engine, line, breaks);
            var segmentStart = 0;
            foreach (var position in breaks)
            {
                AddTrimmed(segments, line[segmentStart..position]);
                segmentStart = position;
            }

            AddTrimmed(segments, line[segmentStart..]);
            lineStart += lineLength + 1;
        }

        return segments;
    }

    /// <summary>
    /// The rules applied to a language, in order: those of the first matching language map, or, when the file
    /// cascades, of every matching map in map order. Empty when no map matches (only line breaks split then).
    /// </summary>
    public IReadOnlyList<SrxRule> RulesFor(string languageTag) =>
        MatchingRuleNames(languageTag)
            .SelectMany(name => RuleSet.LanguageRules.First(r => r.Name == name).Rules)
            .ToList();

    private SegmentationRuleEngine EngineFor(string languageTag)
    {
        // Keyed by the selected rules, not the tag: "en", "en-US" and "en-GB" share one compiled engine, and
        // arbitrary tags from users cannot grow the cache beyond the combinations the file allows.
        var names = MatchingRuleNames(languageTag).ToList();
        return _engines.GetOrAdd(string.Join('\u0001', names),
            _ => new Lazy<SegmentationRuleEngine>(() => new SegmentationRuleEngine(names.SelectMany(name => _patterns[name]).ToList(), _matchTimeout))).Value;
    }

    private IEnumerable<string> MatchingRuleNames(string languageTag)
    {
        var tag = languageTag.Trim();
        var matching = _maps.Where(map => map.Pattern.IsMatch(tag)).Select(map => map.RuleName);
        return RuleSet.Cascade ? matching : matching.Take(1);
    }

    private void FindBreaks(SegmentationRuleEngine engine, ReadOnlySpan<char> line, List<int> breaks)
    {
        try
        {
            engine.FindBreaks(line, breaks);
        }
        catch (RegexMatchTimeoutException ex)
        {
            // A user's rule that backtracks catastrophically must not hang a review: name the rule file and pattern.
            throw new DocumentFormatException(RuleSet.FileName, null, null,
                $"a segmentation rule took longer than {ex.MatchTimeout.TotalSeconds:0.###} s on one line and was stopped; "
                + $"simplify the pattern (nested repetition such as (a+)+ backtracks without end): /{ex.Pattern}/", ex);
        }
    }

    private static void AddTrimmed(List<string> segments, ReadOnlySpan<char> segment)
    {
        var trimmed = segment.Trim();
        if (!trimmed.IsEmpty)
        {
            segments.Add(trimmed.ToString());
        }
    }

    private static SrxPattern Translate(string fileName, string languageRuleName, int index, SrxRule rule)
    {
        try
        {
            return SrxPattern.From(rule);
        }
        catch (FormatException ex)
        {
            throw new DocumentFormatException(fileName, rule.Line, null,
                $"rule {index + 1} of languagerule '{languageRuleName}': {ex.Message}", ex);
        }
    }

    private static Regex CompileMap(string fileName, SrxLanguageMap map)
    {
        try
        {
            // SRX matches the pattern against the whole language code; BCP 47 tags are case-insensitive.
            var pattern = SrxPattern.TranslateOne(map.LanguagePattern, "languagemap languagepattern");
            return new Regex("^" + pattern + "$", SrxPattern.Options | RegexOptions.IgnoreCase, SrxPattern.MatchTimeout);
        }
        catch (FormatException ex)
        {
            throw new DocumentFormatException(fileName, map.Line, null, ex.Message, ex);
        }
    }

    private static SrxSegmenter LoadDefault()
    {
        using var stream = typeof(SrxSegmenter).Assembly.GetManifestResourceStream(DefaultRulesResource)
            ?? throw new InvalidOperationException("the built-in segmentation rules are missing from the assembly: " + DefaultRulesResource);

        // The resource is in memory, so the asynchronous reader completes synchronously here.
        return LoadAsync(stream, "default.srx (built-in)", CancellationToken.None).GetAwaiter().GetResult();
    }
}
