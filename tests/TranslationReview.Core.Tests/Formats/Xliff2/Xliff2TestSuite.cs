using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Xliff2;

namespace TranslationReview.Core.Tests.Formats.Xliff2;

/// <summary>The OASIS XLIFF 2.1 test suite files, read in place, and reading/writing through the public API.</summary>
internal static class Xliff2TestSuite
{
    /// <summary>The suite's files of one folder, as paths relative to the suite (<c>core/valid/sample1.xlf</c>).</summary>
    public static IEnumerable<string> Files(string area, string validity) =>
        Directory.GetFiles(TestData.PathOf("xliff-2.1-test-suite", area, validity), "*.xlf")
            .Order(StringComparer.Ordinal)
            .Select(file => area + "/" + validity + "/" + Path.GetFileName(file));

    public static string PathOf(string relative) => TestData.PathOf(["xliff-2.1-test-suite", .. relative.Split('/')]);

    public static async Task<BilingualDocument> ReadFileAsync(string relative)
    {
        await using var stream = File.OpenRead(PathOf(relative));
        return await new Xliff2Reader().ReadAsync(stream, Path.GetFileName(relative), ReadOptions.Default, CancellationToken.None);
    }

    public static Task<BilingualDocument> ReadTextAsync(string xml, string fileName = "test.xlf") =>
        new Xliff2Reader().ReadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)), fileName, ReadOptions.Default, CancellationToken.None);

    public static async Task<string> WriteAsync(BilingualDocument document)
    {
        using var output = new MemoryStream();
        await new Xliff2Writer().WriteAsync(document, output, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
