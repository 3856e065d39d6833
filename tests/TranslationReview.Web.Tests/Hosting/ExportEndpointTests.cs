using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Core.Formats;
using TranslationReview.Data;

namespace TranslationReview.Web.Tests.Hosting;

public sealed class ExportEndpointTests
{
    [Fact]
    public async Task Export_Xliff_ReturnsReadableXliff2WithEverySegment()
    {
        using var factory = new WorkbenchFactory();
        using var client = await Accounts.SignedInAsync(factory);
        var document = await FirstSampleDocumentAsync(factory);

        var response = await client.GetAsync($"/documents/{document.Id}/export?format=xliff");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        var exported = await new DocumentLoader(FormatRegistry.CreateDefault()).LoadAsync(stream, "export.xlf", ReadOptions.Default, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".xlf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("urn:oasis:names:tc:xliff:document:2.", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(document.SegmentCount, exported.Segments.Count);
    }

    [Theory]
    [InlineData("xliff12", ".xlf")]
    [InlineData("tmx", ".tmx")]
    [InlineData("tsv", ".tsv")]
    [InlineData("txt", ".txt")]
    public async Task Export_OtherFormats_DownloadsWithTheFormatsExtension(string format, string extension)
    {
        using var factory = new WorkbenchFactory();
        using var client = await Accounts.SignedInAsync(factory);
        var document = await FirstSampleDocumentAsync(factory);

        var response = await client.GetAsync($"/documents/{document.Id}/export?format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(extension, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Export_SignedOut_RedirectsToLogin()
    {
        using var factory = new WorkbenchFactory();
        using var admin = await Accounts.SignedInAsync(factory);
        using var visitor = factory.CreateBrowser();
        var document = await FirstSampleDocumentAsync(factory);

        var response = await visitor.GetAsync($"/documents/{document.Id}/export?format=xliff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_UnknownFormat_SaysWhichFormatsExist()
    {
        using var factory = new WorkbenchFactory();
        using var client = await Accounts.SignedInAsync(factory);
        var document = await FirstSampleDocumentAsync(factory);

        var response = await client.GetAsync($"/documents/{document.Id}/export?format=docx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("xliff, xliff12, tmx, tsv, txt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_MissingDocument_IsNotFound()
    {
        using var factory = new WorkbenchFactory();
        using var client = await Accounts.SignedInAsync(factory);

        var response = await client.GetAsync("/documents/999999/export?format=xliff");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<DocumentSummary> FirstSampleDocumentAsync(WorkbenchFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var projects = await scope.ServiceProvider.GetRequiredService<ProjectStore>().ListAsync(CancellationToken.None);
        var documents = await scope.ServiceProvider.GetRequiredService<DocumentStore>().ListAsync(projects[0].Id, CancellationToken.None);
        return documents[0];
    }
}
