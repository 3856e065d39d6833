namespace TranslationReview.Core.Formats;

/// <summary>
/// A file could not be read as a bilingual document. The message names the file, the position (when known)
/// and what is wrong, in one line a user can act on: <c>report.xlf:12:7: &lt;target&gt; is not closed</c>.
/// </summary>
public sealed class DocumentFormatException : Exception
{
    /// <summary>Creates the error for a position in a file.</summary>
    public DocumentFormatException(string fileName, int? line, int? column, string reason, Exception? innerException = null)
        : base(Describe(fileName, line, column, reason), innerException)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Creates the error for a whole file (no position).</summary>
    public DocumentFormatException(string fileName, string reason)
        : this(fileName, null, null, reason)
    {
    }

    /// <summary>The file that failed, as the user named it.</summary>
    public string FileName { get; }

    /// <summary>1-based line of the problem, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the problem, when known.</summary>
    public int? Column { get; }

    /// <summary>What is wrong, without the file and position.</summary>
    public string Reason { get; }

    private static string Describe(string fileName, int? line, int? column, string reason) =>
        (line, column) switch
        {
            (int l, int c) when l > 0 => $"{fileName}:{l}:{c}: {reason}",
            (int l, _) when l > 0 => $"{fileName}:{l}: {reason}",
            _ => $"{fileName}: {reason}",
        };
}
