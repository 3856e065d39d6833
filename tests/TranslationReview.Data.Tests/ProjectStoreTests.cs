using Microsoft.EntityFrameworkCore;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class ProjectStoreTests
{
    [Fact]
    public async Task CreateAsync_ValidProject_IsListedWithItsLanguages()
    {
        await using var database = await TestDatabase.CreateAsync();

        var id = await database.Projects.CreateAsync("  Kharkiv history  ", "uk", "en-GB", CancellationToken.None);

        var project = Assert.Single(await database.Projects.ListAsync(CancellationToken.None));
        Assert.Equal(id, project.Id);
        Assert.Equal("Kharkiv history", project.Name);
        Assert.Equal("uk", project.SourceLanguage);
        Assert.Equal("en-GB", project.TargetLanguage);
        Assert.Equal(0, project.DocumentCount);
        Assert.Equal(project, await database.Projects.GetAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_SeveralProjects_AreSortedByName()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Projects.CreateAsync("NATO accession", "ru", "en", CancellationToken.None);
        await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);

        var names = (await database.Projects.ListAsync(CancellationToken.None)).Select(p => p.Name);

        Assert.Equal(["Kharkiv", "NATO accession"], names);
    }

    [Theory]
    [InlineData("", "uk", "en", "Enter a project name.")]
    [InlineData("   ", "uk", "en", "Enter a project name.")]
    [InlineData("Kharkiv", "", "en", "Enter the source language")]
    [InlineData("Kharkiv", "Ukrainian", "en", "'Ukrainian' is not a BCP 47 language tag")]
    [InlineData("Kharkiv", "uk", "en_US", "'en_US' is not a BCP 47 language tag")]
    [InlineData("Kharkiv", "uk", "e", "'e' is not a BCP 47 language tag")]
    [InlineData("Kharkiv", "uk", "UK", "both 'uk'")]
    public async Task CreateAsync_InvalidInput_ThrowsWithMessageAndCreatesNothing(string name, string source, string target, string message)
    {
        await using var database = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<ReviewValidationException>(
            () => database.Projects.CreateAsync(name, source, target, CancellationToken.None));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(await database.Projects.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("uk-UA")]
    [InlineData("sr-Latn-RS")]
    [InlineData("es-419")]
    [InlineData("zh-Hant")]
    public async Task CreateAsync_RegionAndScriptTags_AreAccepted(string target)
    {
        await using var database = await TestDatabase.CreateAsync();

        var id = await database.Projects.CreateAsync("Tags", "en", target, CancellationToken.None);

        Assert.Equal(target, (await database.Projects.GetAsync(id, CancellationToken.None))!.TargetLanguage);
    }

    [Fact]
    public async Task CreateAsync_NameTakenInAnotherCase_ThrowsValidation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Projects.CreateAsync("Харків", "uk", "en", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(
            () => database.Projects.CreateAsync("ХАРКІВ", "uk", "de", CancellationToken.None));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Single(await database.Projects.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_ProjectWithDocument_RemovesDocumentsAndSegments()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        await database.Documents.ImportAsync(id, SampleDocuments.Numbered(30), "txt", null, CancellationToken.None);

        await database.Projects.DeleteAsync(id, CancellationToken.None);

        Assert.Null(await database.Projects.GetAsync(id, CancellationToken.None));
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Documents.CountAsync());
        Assert.Equal(0, await db.Segments.CountAsync());
    }

    [Fact]
    public async Task DeleteAsync_MissingProject_ThrowsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Assert.ThrowsAsync<ReviewNotFoundException>(() => database.Projects.DeleteAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_MissingProject_ReturnsNull()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.Null(await database.Projects.GetAsync(42, CancellationToken.None));
    }
}
