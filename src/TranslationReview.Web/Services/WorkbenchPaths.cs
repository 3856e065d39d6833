namespace TranslationReview.Web.Services;

/// <summary>Resolves the folders named in <see cref="WorkbenchOptions"/> against the content root.</summary>
public static class WorkbenchPaths
{
    public static string DataFolder(WorkbenchOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.DataFolder));

    public static string SqliteConnectionString(string dataFolder) =>
        $"Data Source={Path.Combine(dataFolder, "translation-review.db")}";

    /// <summary>The configured samples folder, or the first "samples" folder found walking up from the content root.</summary>
    public static string? SamplesFolder(WorkbenchOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.SamplesFolder))
        {
            var configured = Path.GetFullPath(Path.Combine(contentRoot, options.SamplesFolder));
            return Directory.Exists(configured) ? configured : null;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
