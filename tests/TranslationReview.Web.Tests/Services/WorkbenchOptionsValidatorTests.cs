using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Services;

public sealed class WorkbenchOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new WorkbenchOptionsValidator().Validate(null, new WorkbenchOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_EmptyDataFolder_NamesTheSetting()
    {
        var result = new WorkbenchOptionsValidator().Validate(null, new WorkbenchOptions { DataFolder = " " });

        Assert.Contains("TranslationReview:DataFolder", result.FailureMessage, StringComparison.Ordinal);
    }
}
