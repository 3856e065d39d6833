using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Data;

namespace TranslationReview.Web.Tests.Hosting;

public sealed class SampleImportTests
{
    [Fact]
    public async Task Start_EmptyDatabase_ImportsBothSampleProjects()
    {
        using var factory = new WorkbenchFactory();
        using var client = factory.CreateBrowser();
        await client.GetAsync("/");

        var projects = await ProjectsOf(factory);

        Assert.Equal(
            ["Kharkiv announcement (uk → en)", "NATO accession commentary (ru → en)"],
            projects.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(projects, p => Assert.Equal(1, p.DocumentCount));
    }

    [Fact]
    public async Task Start_NoSamplesFolder_StartsEmpty()
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?>
        {
            ["TranslationReview:SamplesFolder"] = Path.Combine(Path.GetTempPath(), "no-such-samples-" + Guid.NewGuid().ToString("N")),
        });
        using var client = factory.CreateBrowser();
        await client.GetAsync("/");

        Assert.Empty(await ProjectsOf(factory));
    }

    private static async Task<IReadOnlyList<ProjectSummary>> ProjectsOf(WorkbenchFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProjectStore>().ListAsync(CancellationToken.None);
    }
}
