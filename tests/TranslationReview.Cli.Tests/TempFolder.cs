using System.Text;

namespace TranslationReview.Cli.Tests;

/// <summary>A scratch folder for a test's input and output files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "trv-cli-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string content)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, content, new UTF8Encoding(false));
        return file;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
