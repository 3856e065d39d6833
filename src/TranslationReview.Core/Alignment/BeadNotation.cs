using System.Globalization;
using System.Text;

namespace TranslationReview.Core.Alignment;

/// <summary>
/// Reads and writes beads in the notation of the Bleualign/vecalign gold files, one bead per line:
/// <c>[0, 1]:[2]</c>, with <c>[]</c> for an empty side.
/// </summary>
public static class BeadNotation
{
    /// <summary>Formats one bead as <c>[0, 1]:[2]</c>.</summary>
    public static string Format(Bead bead) => bead.ToString();

    /// <summary>Formats beads one per line, each line ending with a line feed.</summary>
    public static string FormatAll(IEnumerable<Bead> beads)
    {
        var text = new StringBuilder();
        foreach (var bead in beads)
        {
            text.Append(Format(bead)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Parses one bead such as <c>[0, 1]:[2]</c> or <c>[]:[5]</c>; its confidence is 1.</summary>
    /// <exception cref="FormatException">The text is not a bead in that notation.</exception>
    public static Bead Parse(string text)
    {
        var colon = text.IndexOf("]:[", StringComparison.Ordinal);
        var trimmed = text.Trim();
        if (colon < 0 || !trimmed.StartsWith('[') || !trimmed.EndsWith(']'))
        {
            throw new FormatException($"'{text}' is not a bead; expected something like [0, 1]:[2].");
        }

        colon = trimmed.IndexOf("]:[", StringComparison.Ordinal);
        var source = ParseSide(trimmed[1..colon], text);
        var target = ParseSide(trimmed[(colon + 3)..^1], text);
        return new Bead(source, target, 1.0);
    }

    /// <summary>Parses beads one per line; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not a bead; the message gives its line number.</exception>
    public static IReadOnlyList<Bead> ParseAll(string text)
    {
        var beads = new List<Bead>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            try
            {
                beads.Add(Parse(lines[i]));
            }
            catch (FormatException error)
            {
                throw new FormatException($"Line {i + 1}: {error.Message}", error);
            }
        }

        return beads;
    }

    private static int[] ParseSide(string side, string text)
    {
        if (string.IsNullOrWhiteSpace(side))
        {
            return [];
        }

        var parts = side.Split(',');
        var indices = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out indices[i]))
            {
                throw new FormatException($"'{text}' is not a bead: '{parts[i].Trim()}' is not a sentence number.");
            }
        }

        return indices;
    }
}
