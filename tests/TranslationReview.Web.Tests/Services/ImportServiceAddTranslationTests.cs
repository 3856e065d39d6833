using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Data;
using TranslationReview.Web.Services;
using TranslationReview.Web.Tests.Hosting;

namespace TranslationReview.Web.Tests.Services;

/// <summary><see cref="ImportService.AddTranslationAsync"/> and labelled imports, through the app's own services and a real SQLite file.</summary>
public sealed class ImportServiceAddTranslationTests
{
    private const string Source = "Глава МИД ФРГ Анналена Бербок поддержала заявку.\nКиев ждет ответа альянса.\n";
    private const string MachineTranslation = "FRG Foreign Minister Annalena Berbock backed the bid.\nKiev awaits the alliance's answer.\n";

    [Theory]
    [InlineData("revision.txt", "German Foreign Minister Annalena Baerbock backed the bid.\nKyiv awaits the alliance's answer.\n")]
    [InlineData("revision.tsv", "Глава МИД ФРГ Анналена Бербок поддержала заявку.\tGerman Foreign Minister Annalena Baerbock backed the bid.\nКиев ждет ответа альянса.\tKyiv awaits the alliance's answer.\n")]
    public async Task AddTranslationAsync_PlainTextOrTsv_PutsTheRevisionBesideEachSource(string fileName, string content)
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });
        await using var scope = factory.Services.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
        var projectId = await scope.ServiceProvider.GetRequiredService<ProjectService>().CreateAsync("Baerbock (ru → en)", "ru", "en", CancellationToken.None);
        var documentId = await imports.ImportTextPairAsync(projectId, Text("source.ru.txt", Source), Text("mt.en.txt", MachineTranslation),
            new TargetProvenance("MT engine A", TargetOrigin.MachineTranslation), null, CancellationToken.None);

        var result = await imports.AddTranslationAsync(documentId, Text(fileName, content), new TargetProvenance("Human revision", TargetOrigin.HumanEdit), false, null, CancellationToken.None);

        Assert.Equal((2, 0), (result.Matched, result.Unmatched));
        var page = await scope.ServiceProvider.GetRequiredService<AlternativeStore>().GetPageAsync(documentId, "Human revision", 0, 10, CancellationToken.None);
        Assert.Equal(["German Foreign Minister Annalena Baerbock backed the bid.", "Kyiv awaits the alliance's answer."], page.Rows.Select(r => r.Text));
        var document = await scope.ServiceProvider.GetRequiredService<ProjectService>().GetDocumentAsync(documentId, CancellationToken.None);
        Assert.Equal(("MT engine A", TargetOrigin.MachineTranslation), (document!.TargetLabel, document.TargetOrigin));
    }

    [Fact]
    public async Task AddTranslationAsync_MissingDocument_SaysSo()
    {
        using var factory = new WorkbenchFactory(new Dictionary<string, string?> { ["TranslationReview:ImportSamplesOnEmptyDatabase"] = "false" });
        await using var scope = factory.Services.CreateAsyncScope();

        var error = await Assert.ThrowsAsync<ReviewNotFoundException>(() => scope.ServiceProvider.GetRequiredService<ImportService>()
            .AddTranslationAsync(404, Text("a.txt", "Kyiv."), TargetProvenance.Imported, false, null, CancellationToken.None));

        Assert.Contains("Document 404 does not exist", error.Message, StringComparison.Ordinal);
    }

    private static UploadedFile Text(string name, string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        return new UploadedFile(name, bytes.Length, () => new MemoryStream(bytes));
    }
}
