using System.Globalization;

namespace TranslationReview.Cli.CommandLine;

/// <summary>
/// The options and operands of one command invocation. Options are <c>--name value</c> or <c>--name=value</c>;
/// flags are <c>--name</c>; <c>--</c> ends options; a lone <c>-</c> is an operand (standard input).
/// </summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options;

    private ParsedArguments(Dictionary<string, string?> options, IReadOnlyList<string> operands)
    {
        _options = options;
        Operands = operands;
    }

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Operands { get; }

    /// <summary>True when <c>--help</c> or <c>-h</c> was given.</summary>
    public bool WantsHelp => _options.ContainsKey("help");

    /// <summary>Parses arguments against the command's declared value options and flags.</summary>
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var operands = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                operands.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg is "-h" or "--help")
            {
                options["help"] = null;
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                operands.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? inlineValue = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }

            if (options.ContainsKey(name))
            {
                throw new UsageException($"--{name} is given twice");
            }

            if (flags.Contains(name))
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"--{name} takes no value");
                }

                options[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                if (inlineValue is null && (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                {
                    throw new UsageException($"--{name} needs a value");
                }

                options[name] = inlineValue ?? args[++i];
            }
            else
            {
                throw new UsageException($"unknown option --{name}");
            }
        }

        return new ParsedArguments(options, operands);
    }

    /// <summary>The value of an option that must be present.</summary>
    public string Required(string name) =>
        _options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new UsageException($"--{name} is required");

    /// <summary>The value of an option, or null when absent.</summary>
    public string? Optional(string name) => _options.TryGetValue(name, out var value) ? value : null;

    /// <summary>True when the flag was given.</summary>
    public bool Flag(string name) => _options.ContainsKey(name);

    /// <summary>The value of an option restricted to a set of choices (case-insensitive), or the default.</summary>
    public string Choice(string name, IReadOnlyList<string> choices, string defaultValue)
    {
        var value = Optional(name);
        if (value is null)
        {
            return defaultValue;
        }

        return choices.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"--{name} must be one of {string.Join(", ", choices)} (got '{value}')");
    }

    /// <summary>A positive number option (for example a size limit in megabytes), or the default.</summary>
    public double PositiveNumber(string name, double defaultValue)
    {
        var value = Optional(name);
        if (value is null)
        {
            return defaultValue;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new UsageException($"--{name} must be a positive number (got '{value}')");
    }

    /// <summary>Fails when there are more operands than the command accepts.</summary>
    public void ExpectAtMostOperands(int count)
    {
        if (Operands.Count > count)
        {
            throw new UsageException($"unexpected argument '{Operands[count]}'");
        }
    }
}
