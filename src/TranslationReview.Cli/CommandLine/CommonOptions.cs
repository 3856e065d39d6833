using TranslationReview.Core.Formats;

namespace TranslationReview.Cli.CommandLine;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    /// <summary>The size-limit option, in megabytes.</summary>
    public const string MaxSize = "max-size";

    /// <summary>Help text for <c>--max-size</c>.</summary>
    public const string MaxSizeHelp = "  --max-size MB        refuse input files larger than this (default 50)";

    /// <summary>Read options with the size limit of <c>--max-size</c>.</summary>
    public static ReadOptions ReadOptions(ParsedArguments arguments) => new()
    {
        MaxBytes = (long)(arguments.PositiveNumber(MaxSize, Core.Formats.ReadOptions.DefaultMaxBytes / (1024.0 * 1024.0)) * 1024 * 1024),
    };

    /// <summary>Checks a BCP 47-looking language tag (letters, digits, hyphens; starts with 2–3 letters).</summary>
    public static string LanguageTag(ParsedArguments arguments, string option)
    {
        var tag = arguments.Required(option);
        var parts = tag.Split('-', '_');
        var valid = parts[0].Length is >= 2 and <= 3 && parts[0].All(char.IsAsciiLetter)
            && parts.All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
        return valid ? tag.Replace('_', '-') : throw new UsageException($"--{option} must be a language tag such as en, ru or uk-UA (got '{tag}')");
    }
}
