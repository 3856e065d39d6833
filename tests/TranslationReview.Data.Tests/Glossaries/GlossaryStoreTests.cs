using TranslationReview.Core.Terminology;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests.Glossaries;

public class GlossaryStoreTests
{
    private static readonly GlossaryEntryInput Zelensky = new(
        "Владимир Зеленский", ["Volodymyr Zelensky", "Volodymyr Zelenskyy"], ["Vladimir Zelensky"], GlossaryEntryType.Person, "Ukrainian name");

    [Fact]
    public async Task AddUpdateDelete_EntryRoundTripsThroughTheCoreGlossary()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("NATO accession", "ru", "en", CancellationToken.None);

        var added = await database.Glossaries.AddAsync(projectId, Zelensky, "olena", CancellationToken.None);
        var updated = await database.Glossaries.UpdateAsync(added.Id, Zelensky with { ForbiddenTerms = ["Vladimir Zelensky", " Vladimir Zelenskiy "] }, "ivan", CancellationToken.None);

        var entry = Assert.Single((await database.Glossaries.GetGlossaryAsync(projectId, CancellationToken.None)).Entries);
        Assert.Equal("Владимир Зеленский", entry.SourceTerm);
        Assert.Equal(["Volodymyr Zelensky", "Volodymyr Zelenskyy"], entry.TargetTerms);
        Assert.Equal(["Vladimir Zelensky", "Vladimir Zelenskiy"], entry.ForbiddenTerms);
        Assert.Equal(GlossaryEntryType.Person, entry.Type);
        Assert.Equal("ivan", updated.UpdatedBy);

        await database.Glossaries.DeleteAsync(added.Id, CancellationToken.None);
        Assert.Empty(await database.Glossaries.ListAsync(projectId, CancellationToken.None));
    }

    [Theory]
    [InlineData("", "Kyiv", "", "Enter the source term.")]
    [InlineData("Киев", "", "", "at least one accepted or one forbidden")]
    [InlineData("Киев", "Kyiv", "kyiv", "both accepted and forbidden")]
    public async Task AddAsync_InvalidEntry_IsRefusedWithAMessage(string source, string targets, string forbidden, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        var input = new GlossaryEntryInput(source, GlossaryEntryInput.SplitTerms(targets), GlossaryEntryInput.SplitTerms(forbidden), GlossaryEntryType.Place, null);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() => database.Glossaries.AddAsync(projectId, input, "olena", CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_SameSourceTermInAnotherCase_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("NATO accession", "ru", "en", CancellationToken.None);
        await database.Glossaries.AddAsync(projectId, Zelensky, "olena", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ReviewValidationException>(() =>
            database.Glossaries.AddAsync(projectId, Zelensky with { SourceTerm = "владимир зеленский" }, "olena", CancellationToken.None));

        Assert.Contains("already has an entry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddOrMergeAsync_CorrectionForAnExistingTerm_BecomesThePreferredRendering()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        await database.Glossaries.AddAsync(projectId, new("Харків", ["Kharkiv city"], [], GlossaryEntryType.Place, null), "olena", CancellationToken.None);

        var merged = await database.Glossaries.AddOrMergeAsync(projectId, new("Харків", ["Kharkiv"], ["Kharkov"], GlossaryEntryType.Place, null), "ivan", CancellationToken.None);

        Assert.Equal(["Kharkiv", "Kharkiv city"], merged.TargetTerms);
        Assert.Equal(["Kharkov"], merged.ForbiddenTerms);
        Assert.Single(await database.Glossaries.ListAsync(projectId, CancellationToken.None));
    }

    [Fact]
    public async Task ImportAsync_SampleCsvTwice_UpdatesInsteadOfDuplicating()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("NATO accession", "ru", "en", CancellationToken.None);
        var glossary = await GlossaryLoader.LoadAsync(TestData.ProjectPath("samples", "nato-accession-ru-en", "glossary.csv"), "ru", "en", CancellationToken.None);

        var first = await database.Glossaries.ImportAsync(projectId, glossary, replace: false, "olena", CancellationToken.None);
        var second = await database.Glossaries.ImportAsync(projectId, glossary, replace: false, "olena", CancellationToken.None);
        var replaced = await database.Glossaries.ImportAsync(projectId, glossary, replace: true, "olena", CancellationToken.None);

        var count = await database.Glossaries.CountAsync(projectId, CancellationToken.None);
        Assert.Equal(count, first.Added);
        Assert.True(count >= 10);
        Assert.Equal((0, count), (second.Added, second.Updated));
        Assert.Equal((count, count), (replaced.Added, replaced.Removed));
        var zelensky = (await database.Glossaries.ListAsync(projectId, CancellationToken.None)).Single(e => e.SourceTerm == "Владимир Зеленский");
        Assert.Contains("Vladimir Zelensky", zelensky.ForbiddenTerms);
        Assert.Equal(GlossaryEntryType.Person, zelensky.Type);
    }

    [Fact]
    public async Task ImportAsync_OkapiTbx_KeepsEveryConceptWithATranslation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("SDL termbase", "en", "de", CancellationToken.None);
        var glossary = await GlossaryLoader.LoadAsync(TestData.PathOf("okapi", "tbx", "sdl_tbx.tbx"), "en", "de", CancellationToken.None);

        var result = await database.Glossaries.ImportAsync(projectId, glossary, replace: false, null, CancellationToken.None);

        var stored = await database.Glossaries.ListAsync(projectId, CancellationToken.None);
        Assert.Equal(result.Added, stored.Count);
        Assert.True(stored.Count > 100, $"only {stored.Count} entries imported");
        Assert.All(stored, e => Assert.True(e.TargetTerms.Count + e.ForbiddenTerms.Count > 0));
    }

    [Theory]
    [InlineData(90.5, true)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(100.5, false)]
    [InlineData(-1, false)]
    public async Task SetPassThresholdAsync_ZeroToHundred_IsKeptOthersRefused(double threshold, bool accepted)
    {
        await using var database = await TestDatabase.CreateAsync();
        var projectId = await database.Projects.CreateAsync("Kharkiv", "uk", "en", CancellationToken.None);
        Assert.Equal(95.0, (await database.Projects.GetAsync(projectId, CancellationToken.None))!.PassThreshold);

        var attempt = () => database.Projects.SetPassThresholdAsync(projectId, threshold, CancellationToken.None);

        if (accepted)
        {
            await attempt();
            Assert.Equal(threshold, (await database.Projects.GetAsync(projectId, CancellationToken.None))!.PassThreshold);
        }
        else
        {
            await Assert.ThrowsAsync<ReviewValidationException>(attempt);
            Assert.Equal(95.0, (await database.Projects.GetAsync(projectId, CancellationToken.None))!.PassThreshold);
        }
    }
}
