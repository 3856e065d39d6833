using System.Text.Json;
using TranslationReview.Cli.CommandLine;
using TranslationReview.Core.Alignment;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.PlainText;

namespace TranslationReview.Cli.Commands;

/// <summary><c>trv align</c>: sentence alignment of a text and its translation.</summary>
public sealed class AlignCommand(Engine engine) : ICommand
{
    private static readonly string[] Formats = ["beads", "tsv", "tmx", "json"];

    public string Name => "align";

    public string Summary => "align the sentences of a text with its translation";

    public string Help => """
        Usage: trv align --source FILE --target FILE --source-lang L --target-lang L
                         [--presegmented] [--format beads|tsv|tmx|json] [--srx FILE] [--output FILE]

        Segments both texts (one paragraph per line) and aligns their sentences. Formats:
          beads   one bead per line, '[i, j]:[k]' with 0-based sentence indices; every sentence is in
                  exactly one bead, in order; an empty side is '[]' (default)
          tsv     source<TAB>target per bead
          tmx     a TMX 1.4b memory, one unit per bead
          json    {"sourceLanguage", "targetLanguage", "beads": [{"source": [..], "target": [..],
                  "confidence": 0.97, "sourceText": "..", "targetText": ".."}]}

          --presegmented       take each non-empty input line as one sentence (no segmentation)
          --srx FILE           SRX 2.0 rules that replace the built-in ones
          --output FILE        where to write (standard output when absent)
        """ + "\n" + CommonOptions.MaxSizeHelp;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>
    {
        "source", "target", "source-lang", "target-lang", "format", "srx", "output", CommonOptions.MaxSize,
    };

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "presegmented" };

    public async Task<int> RunAsync(ParsedArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var sourcePath = arguments.Required("source");
        var targetPath = arguments.Required("target");
        var sourceLanguage = CommonOptions.LanguageTag(arguments, "source-lang");
        var targetLanguage = CommonOptions.LanguageTag(arguments, "target-lang");
        var format = arguments.Choice("format", Formats, "beads");
        arguments.ExpectAtMostOperands(0);
        if (arguments.Flag("presegmented") && arguments.Optional("srx") is not null)
        {
            throw new UsageException("--srx has no effect with --presegmented");
        }

        var options = CommonOptions.ReadOptions(arguments);
        var segmenter = arguments.Flag("presegmented")
            ? engine.LineSegmenter
            : await Engine.SegmenterAsync(arguments.Optional("srx"), cancellationToken).ConfigureAwait(false);
        var importer = new TextPairImporter(segmenter, engine.Aligner);
        var source = await ReadAsync(importer, sourcePath, sourceLanguage, options, cancellationToken).ConfigureAwait(false);
        var target = await ReadAsync(importer, targetPath, targetLanguage, options, cancellationToken).ConfigureAwait(false);
        var beads = engine.Aligner.Align(source.Sentences, target.Sentences, sourceLanguage, targetLanguage);

        await OutputFile.WriteAsync(arguments.Optional("output"), console, stream => format switch
        {
            "beads" => WriteLinesAsync(stream, beads.Select(b => b.ToString()), cancellationToken),
            "json" => WriteJsonAsync(stream, source.Sentences, target.Sentences, beads, sourceLanguage, targetLanguage, cancellationToken),
            _ => engine.Formats.FindWriter(format)!.WriteAsync(
                TextPairImporter.ToDocument(Path.GetFileName(sourcePath), source, target, beads, sourceLanguage, targetLanguage),
                stream, cancellationToken),
        }, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<ParagraphText> ReadAsync(
        TextPairImporter importer, string path, string language, ReadOptions options, CancellationToken cancellationToken)
    {
        await using var stream = File.Exists(path)
            ? File.OpenRead(path)
            : throw new DocumentFormatException(path, "no such file");
        return await importer.ReadAsync(stream, path, language, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteLinesAsync(Stream stream, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteJsonAsync(Stream stream, IReadOnlyList<string> source, IReadOnlyList<string> target,
        IReadOnlyList<Bead> beads, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("sourceLanguage", sourceLanguage);
        json.WriteString("targetLanguage", targetLanguage);
        json.WriteStartArray("beads");
        foreach (var bead in beads)
        {
            json.WriteStartObject();
            WriteIndices(json, "source", bead.SourceIndices);
            WriteIndices(json, "target", bead.TargetIndices);
            json.WriteNumber("confidence", Math.Round(bead.Confidence, 3));
            json.WriteString("sourceText", string.Join(" ", bead.SourceIndices.Select(i => source[i])));
            json.WriteString("targetText", string.Join(" ", bead.TargetIndices.Select(i => target[i])));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        stream.WriteByte((byte)'\n');
    }

    private static void WriteIndices(Utf8JsonWriter json, string name, IReadOnlyList<int> indices)
    {
        json.WriteStartArray(name);
        foreach (var index in indices)
        {
            json.WriteNumberValue(index);
        }

        json.WriteEndArray();
    }
}
