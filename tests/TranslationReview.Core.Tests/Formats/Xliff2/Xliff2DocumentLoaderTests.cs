using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Tests.Formats.Xliff2;

public class Xliff2DocumentLoaderTests
{
    [Theory]
    [InlineData("core/valid/sample1.xlf")]
    [InlineData("modules/valid/Good-mtc_match-with-inlines.xlf")]
    public async Task LoadAsync_Xliff2FileThroughDefaultRegistry_PicksXliff2Reader(string file)
    {
        var loader = new DocumentLoader(FormatRegistry.CreateDefault());

        var document = await loader.LoadAsync(Xliff2TestSuite.PathOf(file), ReadOptions.Default, CancellationToken.None);

        Assert.NotEmpty(document.Segments);
        Assert.True(document.Properties.ContainsKey("xliff2:version"));
    }

    [Fact]
    public async Task LoadAsync_InvalidXliff2File_FailsWithFileLineAndReason()
    {
        var loader = new DocumentLoader(FormatRegistry.CreateDefault());

        var error = await Assert.ThrowsAsync<DocumentFormatException>(() =>
            loader.LoadAsync(Xliff2TestSuite.PathOf("core/invalid/bad_SegmentIdNotUnique.xlf"), ReadOptions.Default, CancellationToken.None));

        Assert.Equal("bad_SegmentIdNotUnique.xlf", error.FileName);
        Assert.Equal(8, error.Line);
        Assert.Contains("s1twice", error.Reason, StringComparison.Ordinal);
    }
}
