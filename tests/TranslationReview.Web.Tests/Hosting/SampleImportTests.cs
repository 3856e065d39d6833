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
    public async Task Start_EmptyDatabase_SamplesOpenWithTheirTranslationAndAHumanRevisionToCompare()
    {
        using var factory = new WorkbenchFactory();
        using var client = factory.CreateBrowser();
        await client.GetAsync("/");

        await using var scope = factory.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<DocumentStore>();
        var alternatives = scope.ServiceProvider.GetRequiredService<AlternativeStore>();
        var segments = scope.ServiceProvider.GetRequiredService<SegmentStore>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in await ProjectsOf(factory))
        {
            var document = Assert.Single(await documents.ListAsync(project.Id, CancellationToken.None));
            var revision = Assert.Single(await alternatives.GetLabelsAsync(document.Id, CancellationToken.None));
            Assert.Equal(("Human revision", TargetOrigin.HumanEdit), (revision.Label, revision.Origin));
            Assert.True(revision.SegmentCount >= document.SegmentCount - 1, $"{project.Name}: {revision.SegmentCount} of {document.SegmentCount} segments have the revision");
            labels[project.Name] = document.TargetLabel;

            // The revision differs from the translation under review where the sample's errors are, and only there.
            var page = await alternatives.GetPageAsync(document.Id, "Human revision", 0, document.SegmentCount, CancellationToken.None);
            var targets = (await segments.GetTextsAsync(document.Id, CancellationToken.None)).ToDictionary(t => t.Position, t => t.Target);
            var differing = page.Rows.Count(r => r.Text is not null && r.Text != targets[r.Position]);
            Assert.InRange(differing, 3, document.SegmentCount - 3);
        }

        Assert.Equal("MT engine A", labels["NATO accession commentary (ru → en)"]);
        Assert.Equal("Translator's draft", labels["Kharkiv announcement (uk → en)"]);
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
