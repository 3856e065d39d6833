using Microsoft.Extensions.Options;

namespace TranslationReview.Web.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100000")]
    public void Start_BadMaxUploadMegabytes_FailsNamingTheSetting(string value)
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?> { ["TranslationReview:MaxUploadMegabytes"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("TranslationReview:MaxUploadMegabytes must be between 1 and", error.Message, StringComparison.Ordinal);
    }
}
