namespace TranslationReview.Web.Services;

/// <summary>Settings of the workbench, bound from the "TranslationReview" configuration section.</summary>
public sealed class WorkbenchOptions
{
    public const string SectionName = "TranslationReview";

    /// <summary>Folder holding the SQLite database; relative paths start at the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Largest file a user may upload, in megabytes.</summary>
    public int MaxUploadMegabytes { get; set; } = 50;

    /// <summary>Folder with the sample projects; when empty, the first "samples" folder above the content root.</summary>
    public string? SamplesFolder { get; set; }

    /// <summary>Whether an empty database is filled with the sample projects on start.</summary>
    public bool ImportSamplesOnEmptyDatabase { get; set; } = true;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
