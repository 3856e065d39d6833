namespace TranslationReview.Core.Formats;

/// <summary>Opens a file the user named for reading, turning the usual failures into <see cref="DocumentFormatException"/>.</summary>
internal static class InputFile
{
    /// <summary>Opens <paramref name="path"/> after checking that it exists and is within the size limit.</summary>
    public static FileStream Open(string path, ReadOptions options)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DocumentFormatException(path, "no such file");
        }

        FileSizeLimit.Check(Path.GetFileName(path), info.Length, options);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentFormatException(path, null, null, "the file cannot be opened: " + ex.Message, ex);
        }
    }
}
