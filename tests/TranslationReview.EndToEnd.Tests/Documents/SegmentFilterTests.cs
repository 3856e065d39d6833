using System.Globalization;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats.PlainText;
using TranslationReview.EndToEnd.Tests.Browser;
using TranslationReview.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace TranslationReview.EndToEnd.Tests.Documents;

[Collection(BrowserJourneys.Name)]
public sealed class SegmentFilterTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    private static readonly string KharkivSource = Engine.SamplePath("kharkiv-uk-en", "source.uk.txt");
    private static readonly string KharkivTarget = Engine.SamplePath("kharkiv-uk-en", "target.en.txt");

    [Fact]
    public async Task FilterByState_Approved_ShowsOnlyApprovedSegments()
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewDocumentAsync("library.tsv", SampleFiles.LibraryTsv());
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Approved" }).CheckAsync();

            await Expect(page.GridStatus()).ToContainTextAsync("1 of 5 segments match");
            await Expect(page.Segment(4).Cell(3)).ToHaveTextAsync("Approved");
            await Expect(page.Segment(1)).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
            await Expect(page.GridStatus()).ToContainTextAsync("5 segments");
            await Expect(page.Segment(1)).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task FilterByLowConfidence_AlignedTextPair_ShowsTheEnginesLowConfidenceBeads()
    {
        var aligned = await Engine.AlignAsync(KharkivSource, KharkivTarget, "uk", "en");
        // Threshold 0.9 so the sample's weaker beads count as low; the engine decides which ones.
        var low = aligned.Segments.Select((s, i) => (Position: i + 1, Confidence: ConfidenceOf(s)))
            .Where(s => s.Confidence is < 0.9).ToList();
        Assert.NotEmpty(low);
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewTextPairAsync(KharkivSource, KharkivTarget, "uk", "en");
            await page.GetByLabel("Low confidence threshold").FillAsync("0.9");
            await page.GetByLabel("Low confidence threshold").PressAsync("Tab");
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Low confidence only" }).CheckAsync();

            await Expect(page.GridStatus()).ToContainTextAsync(
                string.Create(CultureInfo.InvariantCulture, $"{low.Count} of {aligned.Segments.Count} segments match"));
            var firstLow = page.Segment(low[0].Position);
            await Expect(firstLow.Cell(4)).ToContainTextAsync("Check");
            await Expect(page.GetByRole(AriaRole.Grid, new() { Name = "Segments" }).GetByRole(AriaRole.Row, new() { Name = "Segment" }))
                .ToHaveCountAsync(low.Count);
        });
    }

    [Fact]
    public async Task FilterByText_CityName_FindsItsRows()
    {
        var aligned = await Engine.AlignAsync(KharkivSource, KharkivTarget, "uk", "en");
        var matching = aligned.Segments.Select((s, i) => (Position: i + 1, Segment: s))
            .Where(s => Contains(s.Segment.Source, "Харків") || (s.Segment.Target is { } t && Contains(t, "Харків"))).ToList();
        Assert.NotEmpty(matching);
        await using var session = await fixture.OpenSignedInAsync();

        await session.RunAsync(output, async page =>
        {
            await page.OpenNewTextPairAsync(KharkivSource, KharkivTarget, "uk", "en");
            await page.GetByRole(AriaRole.Searchbox, new() { Name = "Find text in source or target" }).FillAsync("Харків");

            await Expect(page.GridStatus()).ToContainTextAsync(
                string.Create(CultureInfo.InvariantCulture, $"{matching.Count} of {aligned.Segments.Count} segments match"));
            var first = page.Segment(matching[0].Position);
            await Expect(first.Cell(1)).ToContainTextAsync("Харків");
            await Expect(page.GetByRole(AriaRole.Grid, new() { Name = "Segments" }).GetByRole(AriaRole.Row, new() { Name = "Segment" }))
                .ToHaveCountAsync(matching.Count);
        });
    }

    private static bool Contains(SegmentContent content, string text) =>
        content.PlainText.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static double? ConfidenceOf(Segment segment) =>
        segment.Properties.TryGetValue(TextPairImporter.AlignmentConfidenceProperty, out var value)
            ? double.Parse(value, CultureInfo.InvariantCulture)
            : null;
}
