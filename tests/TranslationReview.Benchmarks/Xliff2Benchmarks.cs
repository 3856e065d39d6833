using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using TranslationReview.Core.Documents;
using TranslationReview.Core.Formats;
using TranslationReview.Core.Formats.Xliff2;

namespace TranslationReview.Benchmarks;

/// <summary>Reading (with full validation) and writing an XLIFF 2 file of 5,000 units with paired codes and placeholders.</summary>
[MemoryDiagnoser]
public class Xliff2Benchmarks
{
    private byte[] _file = [];
    private BilingualDocument _document = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f1\">");
        for (var i = 0; i < 5000; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            xml.Append("<unit id=\"u").Append(n).Append("\"><originalData><data id=\"d1\">&lt;b&gt;</data><data id=\"d2\">&lt;/b&gt;</data><data id=\"d3\">{0}</data></originalData>")
                .Append("<segment state=\"translated\"><source>Press <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">Save</pc> to keep file <ph id=\"2\" dataRef=\"d3\"/> number ").Append(n).Append(".</source>")
                .Append("<target>Appuyez sur <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">Enregistrer</pc> pour garder le fichier <ph id=\"2\" dataRef=\"d3\"/> numéro ").Append(n).Append(".</target></segment>")
                .Append("<segment><source>Second sentence ").Append(n).Append(".</source></segment></unit>");
        }

        xml.Append("</file></xliff>");
        _file = Encoding.UTF8.GetBytes(xml.ToString());
        _document = await ReadAsync();
    }

    [Benchmark]
    public Task<BilingualDocument> ReadAsync() =>
        new Xliff2Reader().ReadAsync(new MemoryStream(_file), "bench.xlf", ReadOptions.Default, CancellationToken.None);

    [Benchmark]
    public async Task<long> WriteAsync()
    {
        using var output = new MemoryStream();
        await new Xliff2Writer().WriteAsync(_document, output, CancellationToken.None);
        return output.Length;
    }
}
