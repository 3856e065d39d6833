namespace TranslationReview.Testing;

/// <summary>Finds the public test data in ../shared/testdata beside the project, read in place.</summary>
internal static class TestData
{
    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);

    /// <summary>The project root (the folder holding TranslationReview.sln).</summary>
    public static string RepositoryRoot => RepositoryRootPath.Value;

    /// <summary>../shared/testdata.</summary>
    public static string Root => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "testdata"));

    /// <summary>A path under ../shared/testdata.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path under the project root (samples, for example).</summary>
    public static string ProjectPath(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TranslationReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TranslationReview.sln not found above " + AppContext.BaseDirectory);
    }
}
