namespace TranslationReview.Cli.Commands;

/// <summary>The exit codes pipelines rely on.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Invalid input or a failed check.</summary>
    public const int Invalid = 1;

    /// <summary>Wrong usage of the command line.</summary>
    public const int Usage = 2;
}
