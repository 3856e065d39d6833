namespace TranslationReview.Core.Formats.Tmx;

/// <summary>The property keys under which the TMX reader keeps what its writer needs.</summary>
internal static class TmxNames
{
    // Document properties.
    public const string Version = "tmx/version";
    public const string HeaderPrefix = "tmx/header/";
    public const string SkippedUnits = "tmx/skipped-units";

    // Segment properties; keys without a slash or "prop:" are <tu> attributes.
    public const string PropPrefix = "prop:";
    public const string SourcePrefix = "source/";
    public const string TargetPrefix = "target/";
    public const string NoteKey = "note";

    /// <summary>Marks an inline code whose native data is markup (a <c>&lt;sub&gt;</c> inside a <c>&lt;bpt&gt;</c>), not text.</summary>
    public const string NativeMarkupKey = "trv:native";

    /// <summary>Value of <see cref="NativeMarkupKey"/>: the native data is the element's inner XML.</summary>
    public const string NativeMarkupInner = "tmx";

    /// <summary>Value of <see cref="NativeMarkupKey"/>: the code is an unknown element kept whole in the native data.</summary>
    public const string NativeMarkupElement = "tmx-element";

    /// <summary>The <c>&lt;tu&gt;</c> attributes TMX 1.4b defines.</summary>
    public static readonly IReadOnlySet<string> UnitAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "tuid", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool", "creationtoolversion",
        "creationdate", "creationid", "changedate", "segtype", "changeid", "o-tmf", "srclang",
    };

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/>, or under <c>key#2</c>, <c>key#3</c>… when taken.</summary>
    public static void AddNumbered(Dictionary<string, string> properties, string key, string value)
    {
        if (properties.TryAdd(key, value))
        {
            return;
        }

        for (var n = 2; ; n++)
        {
            if (properties.TryAdd(key + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), value))
            {
                return;
            }
        }
    }

    /// <summary>The key without its <c>#n</c> suffix.</summary>
    public static string BaseKey(string key)
    {
        var hash = key.LastIndexOf('#');
        return hash > 0 && key.AsSpan(hash + 1).IndexOfAnyExceptInRange('0', '9') < 0 ? key[..hash] : key;
    }
}
