using TranslationReview.Core.Formats;

namespace TranslationReview.Core.Tests.Formats.Xliff2;

public class Xliff2TestSuiteTests
{
    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        // core/in-out holds valid documents too (before and after joining, segmenting, removing annotations…).
        foreach (var file in Xliff2TestSuite.Files("core", "valid").Concat(Xliff2TestSuite.Files("modules", "valid")).Concat(Xliff2TestSuite.Files("core", "in-out")))
        {
            data.Add(file);
        }

        return data;
    }

    public static TheoryData<string> InvalidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Xliff2TestSuite.Files("core", "invalid").Concat(Xliff2TestSuite.Files("modules", "invalid")))
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public async Task ReadAsync_SizeInfoWithText_IsAcceptedAsAToolProfileValue()
    {
        var document = await Xliff2TestSuite.ReadFileAsync("core/valid/withModulesAttributesInEc.xlf");

        var opening = document.Segments[0].Source.Elements.OfType<TranslationReview.Core.Documents.InlineCode>().First();
        Assert.Equal("some info", opening.Attributes["{urn:oasis:names:tc:xliff:sizerestriction:2.0}sizeInfo"]);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task ReadAsync_ValidSuiteFile_LoadsAndSurvivesRoundTrip(string file)
    {
        var document = await Xliff2TestSuite.ReadFileAsync(file);

        var written = await Xliff2TestSuite.WriteAsync(document);
        var again = await Xliff2TestSuite.ReadTextAsync(written, "roundtrip.xlf");

        Assert.Equal(document.SourceLanguage, again.SourceLanguage);
        Assert.Equal(document.Segments.Count, again.Segments.Count);
        for (var i = 0; i < document.Segments.Count; i++)
        {
            var before = document.Segments[i];
            var after = again.Segments[i];
            Assert.Equal(before.Id, after.Id);
            Assert.Equal(before.Source, after.Source);
            Assert.Equal(before.Target, after.Target);
            Assert.Equal(before.State, after.State);
            Assert.Equal(before.Notes, after.Notes);
            Assert.Equal(before.PreservedXml.Count, after.PreservedXml.Count);
        }
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public async Task ReadAsync_InvalidSuiteFile_IsRejectedWithReasonAndPosition(string file)
    {
        var error = await Assert.ThrowsAsync<DocumentFormatException>(() => Xliff2TestSuite.ReadFileAsync(file));

        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        Assert.NotNull(error.Line);
        Assert.NotNull(error.Column);
    }
}
