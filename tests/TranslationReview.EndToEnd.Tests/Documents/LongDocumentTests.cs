using System.Globalization;
using System.Text;
using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

/// <summary>A long document of paragraph-length segments with a second translation, scrolled the way a reviewer drags the scrollbar.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class LongDocumentTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    private const int Segments = 2_000;

    [Fact]
    public async Task ScrollToTheMiddle_DocumentWithVersionsToCompare_ShowsTheRowsThere()
    {
        var folder = Engine.SamplePath("nato-accession-ru-en");
        var source = await File.ReadAllLinesAsync(Path.Combine(folder, "source.ru.txt"));
        var machine = await File.ReadAllLinesAsync(Path.Combine(folder, "target.mt.en.txt"));
        var revised = await File.ReadAllLinesAsync(Path.Combine(folder, "target.corrected.en.txt"));
        var revision = Path.Combine(Path.GetTempPath(), $"revision-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(revision, Tsv(source, revised));
        await using var session = await fixture.OpenSignedInAsync();

        try
        {
            await session.RunAsync(output, async page =>
            {
                await page.OpenNewDocumentAsync("nato-long.tsv", Encoding.UTF8.GetBytes(Tsv(source, machine)), "ru", "en");
                await page.AddTranslationAsync(revision, "Human revision", "Human translation");
                await page.ReloadGridAsync();
                // Rows with versions carry a disagreement badge; the long rows make every estimate of the unseen ones rough.
                await Expect(page.Segment(1).GetByText("disagreement between versions")).ToBeAttachedAsync();

                await page.Locator(".grid-scroll").EvaluateAsync("grid => grid.scrollTop = grid.scrollHeight / 2");

                // A row lies on screen, numbered from the middle of the document, and stays there.
                const string RowOnScreen = """
                    () => {
                        const grid = document.querySelector('.grid-scroll');
                        const view = grid.getBoundingClientRect();
                        const row = [...grid.querySelectorAll('[data-segment-id]')].find(r => {
                            const box = r.getBoundingClientRect();
                            return box.bottom > view.top + 40 && box.top < view.bottom;
                        });
                        return row ? Number(row.getAttribute('aria-rowindex')) - 1 : 0;
                    }
                    """;
                await page.WaitForFunctionAsync($"() => ({RowOnScreen})() > 0");
                await page.WaitForTimeoutAsync(1000);
                var first = await page.EvaluateAsync<int>(RowOnScreen);
                Assert.InRange(first, Segments / 4, Segments * 3 / 4);
            });
        }
        finally
        {
            File.Delete(revision);
        }
    }

    // The sample's paragraphs repeated to the document's length, numbered so no two segments are the same.
    private static string Tsv(string[] source, string[] target)
    {
        var tsv = new StringBuilder();
        for (var i = 0; i < Segments; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            tsv.Append(source[i % source.Length]).Append(" (").Append(n).Append(")\t")
               .Append(target[i % target.Length]).Append(" (").Append(n).Append(")\n");
        }

        return tsv.ToString();
    }
}
