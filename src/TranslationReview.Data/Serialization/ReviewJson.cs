using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using TranslationReview.Core.Documents;

namespace TranslationReview.Data.Serialization;

/// <summary>
/// The JSON kept in segment and document columns: inline content (text runs and codes, written with a
/// <c>$type</c> of <c>text</c> or <c>code</c>), properties, notes and preserved XML. Empty values are stored as
/// null so the common plain-text segment costs nothing.
/// </summary>
internal static class ReviewJson
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    private static readonly JsonSerializerOptions Options = new()
    {
        // Cyrillic and other scripts stay readable (and half the size) in the database.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DescribeInlineElements } },
    };

    public static string SerializeContent(SegmentContent content) =>
        JsonSerializer.Serialize(content.Elements, Options);

    public static SegmentContent DeserializeContent(string json) =>
        new(JsonSerializer.Deserialize<List<InlineElement>>(json, Options) ?? []);

    public static string? SerializeProperties(IReadOnlyDictionary<string, string> properties) =>
        properties.Count == 0 ? null : JsonSerializer.Serialize(properties, Options);

    public static IReadOnlyDictionary<string, string> DeserializeProperties(string? json) =>
        json is null ? NoProperties : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? NoProperties;

    public static string? SerializeNotes(IReadOnlyList<Note> notes) =>
        notes.Count == 0 ? null : JsonSerializer.Serialize(notes, Options);

    public static IReadOnlyList<Note> DeserializeNotes(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<Note>>(json, Options) ?? [];

    public static string? SerializeStrings(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : JsonSerializer.Serialize(values, Options);

    public static IReadOnlyList<string> DeserializeStrings(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];

    // Core's InlineElement carries no serializer attributes (Core knows nothing of storage): declare its two kinds here.
    private static void DescribeInlineElements(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(InlineElement))
        {
            return;
        }

        typeInfo.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "$type",
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            DerivedTypes =
            {
                new JsonDerivedType(typeof(TextRun), "text"),
                new JsonDerivedType(typeof(InlineCode), "code"),
            },
        };
    }
}
