using Microsoft.Extensions.Options;

namespace TranslationReview.Web.Services;

/// <summary>Rejects settings the workbench cannot run with, so a bad configuration stops the start with a clear message.</summary>
public sealed class WorkbenchOptionsValidator : IValidateOptions<WorkbenchOptions>
{
    public const int LargestUploadMegabytes = 2048;

    public ValidateOptionsResult Validate(string? name, WorkbenchOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataFolder))
        {
            failures.Add("TranslationReview:DataFolder must name a folder for the database (default \"data\").");
        }

        if (options.MaxUploadMegabytes is < 1 or > LargestUploadMegabytes)
        {
            failures.Add($"TranslationReview:MaxUploadMegabytes must be between 1 and {LargestUploadMegabytes} (was {options.MaxUploadMegabytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
