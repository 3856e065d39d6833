using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Terminology;
using TranslationReview.Data;
using TranslationReview.Web.Services;
using TranslationReview.Web.Tests.Hosting;

namespace TranslationReview.Web.Tests.Services;

public sealed class GlossaryServiceTests
{
    [Fact]
    public async Task ImportAsync_CsvWithABadLine_NamesTheLineAndSavesNothing()
    {
        using var factory = FlagServiceTests.NoSamples();
        await using var scope = SignedInScope.Create(factory.Services, "olena", WorkbenchRoles.Reviewer);
        var projectId = await scope.ServiceProvider.GetRequiredService<ProjectStore>().CreateAsync("Kharkiv (uk → en)", "uk", "en", CancellationToken.None);
        var glossaries = scope.ServiceProvider.GetRequiredService<GlossaryService>();
        const string csv = "source,target,forbidden,type,note\nХарків,Kharkiv,Kharkov,place,\nМиколаїв,Mykolaiv,Nikolaev,planet,\n";

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            glossaries.ImportAsync(projectId, Text("terms.csv", csv), replace: false, CancellationToken.None));

        Assert.Contains("terms.csv:3", error.Message, StringComparison.Ordinal);
        Assert.Empty(await glossaries.ListAsync(projectId, CancellationToken.None));
    }

    [Fact]
    public async Task ImportAsync_TranslatorAccount_IsRefused()
    {
        using var factory = FlagServiceTests.NoSamples();
        await using var scope = SignedInScope.Create(factory.Services, "ivan", WorkbenchRoles.Translator);
        var projectId = await scope.ServiceProvider.GetRequiredService<ProjectStore>().CreateAsync("Kharkiv (uk → en)", "uk", "en", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() => scope.ServiceProvider.GetRequiredService<GlossaryService>()
            .ImportAsync(projectId, Text("terms.csv", "source,target\nХарків,Kharkiv\n"), replace: false, CancellationToken.None));

        Assert.Contains("reviewer or an administrator", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", ".glossary.csv")]
    [InlineData("tbx2", ".tbx2.tbx")]
    [InlineData("tbx3", ".tbx")]
    public async Task Export_SampleGlossary_DownloadsAFileTheLoaderReadsBack(string format, string suffix)
    {
        using var factory = new WorkbenchFactory();
        using var client = await Accounts.SignedInAsync(factory);
        int projectId;
        int entries;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            projectId = (await scope.ServiceProvider.GetRequiredService<ProjectStore>().ListAsync(CancellationToken.None)).Single(p => p.Name.StartsWith("Kharkiv", StringComparison.Ordinal)).Id;
            entries = await scope.ServiceProvider.GetRequiredService<GlossaryStore>().CountAsync(projectId, CancellationToken.None);
        }

        var response = await client.GetAsync($"/projects/{projectId}/glossary/export?format={format}");
        var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? string.Empty;
        using var content = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var read = await GlossaryLoader.LoadAsync(content, fileName, "uk", "en", ReadOptions.Default, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(suffix, fileName, StringComparison.Ordinal);
        Assert.True(entries > 0);
        Assert.Equal(entries, read.Entries.Count);
        Assert.Contains(read.Entries, e => e.SourceTerm == "Харків" && e.ForbiddenTerms.Contains("Kharkov"));
    }

    private static UploadedFile Text(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new UploadedFile(name, bytes.Length, () => new MemoryStream(bytes));
    }
}
