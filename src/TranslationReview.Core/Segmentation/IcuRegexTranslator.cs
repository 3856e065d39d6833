using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TranslationReview.Core.Segmentation;

/// <summary>
/// Translates the ICU / Java regular expressions that SRX files are written in into .NET syntax: possessive
/// quantifiers become atomic groups, <c>\Q…\E</c> is escaped, <c>\h</c>, <c>\v</c>, <c>\R</c> and
/// <c>\x{…}</c> are spelled out, Java property names (<c>\p{Alpha}</c>, <c>\p{IsLatin}</c>, <c>\p{InGreek}</c>)
/// are mapped, class unions and <c>&amp;&amp;[^…]</c> intersections are rewritten. Anything .NET cannot express
/// is refused with a <see cref="FormatException"/> saying what and where.
/// </summary>
internal sealed partial class IcuRegexTranslator
{
    private readonly string _pattern;
    private readonly StringBuilder _output = new();
    private int _position;
    private int _lastAtomStart = -1;

    private IcuRegexTranslator(string pattern) => _pattern = pattern;

    /// <summary>The .NET equivalent of an ICU/Java pattern.</summary>
    /// <exception cref="FormatException">The pattern uses a construct .NET cannot express.</exception>
    public static string Translate(string pattern)
    {
        var translator = new IcuRegexTranslator(pattern);
        translator.TranslateSequence();
        return translator._output.ToString();
    }

    private void TranslateSequence()
    {
        var groupStarts = new Stack<int>();
        while (_position < _pattern.Length)
        {
            var c = _pattern[_position];
            switch (c)
            {
                case '\\':
                    TranslateEscapeOutsideClass();
                    break;
                case '[':
                    _lastAtomStart = _output.Length;
                    _position++;
                    var (body, negated) = TranslateClassBody();
                    _output.Append(negated ? "[^" : "[").Append(body).Append(']');
                    break;
                case '(':
                    groupStarts.Push(_output.Length);
                    _lastAtomStart = -1;
                    TranslateGroupOpening(groupStarts);
                    break;
                case ')':
                    _lastAtomStart = groupStarts.Count > 0 ? groupStarts.Pop() : throw Error("unbalanced ')'");
                    _output.Append(c);
                    _position++;
                    break;
                case '*' or '+' or '?':
                    TranslateQuantifier(1);
                    break;
                case '{' when QuantifierLength() is int length and > 0:
                    TranslateQuantifier(length);
                    break;
                case '|':
                    _lastAtomStart = -1;
                    _output.Append(c);
                    _position++;
                    break;
                default:
                    _lastAtomStart = _output.Length;
                    _output.Append(c);
                    _position++;
                    break;
            }
        }
    }

    private void TranslateGroupOpening(Stack<int> groupStarts)
    {
        // Inline flags: .NET knows i, m, s, x, n; ICU's u (Unicode case), U (Unicode classes) and d (Unix lines)
        // are what .NET does anyway or close enough, so they are dropped.
        var flags = InlineFlags().Match(_pattern, _position);
        if (!flags.Success)
        {
            var opening = GroupOpening().Match(_pattern, _position);
            _output.Append(opening.Value);
            _position += opening.Length;
            return;
        }

        var on = StripUnsupportedFlags(flags.Groups["on"].Value);
        var off = StripUnsupportedFlags(flags.Groups["off"].Value);
        var scoped = flags.Groups["end"].Value == ":";
        var spec = on + (off.Length > 0 ? "-" + off : string.Empty);
        _position += flags.Length;
        if (scoped)
        {
            _output.Append("(?").Append(spec).Append(':');
        }
        else
        {
            groupStarts.Pop();
            if (spec.Length > 0)
            {
                _output.Append("(?").Append(spec).Append(')');
            }
        }
    }

    private static string StripUnsupportedFlags(string flags) =>
        new(flags.Where(f => f is not ('u' or 'U' or 'd')).ToArray());

    private void TranslateQuantifier(int length)
    {
        if (_lastAtomStart < 0)
        {
            throw Error($"quantifier '{_pattern.Substring(_position, length)}' has nothing to repeat");
        }

        var quantifier = _pattern.Substring(_position, length);
        _position += length;
        if (_position < _pattern.Length && _pattern[_position] == '+')
        {
            // Possessive quantifier: .NET has no syntax for it, but an atomic group around the repetition is
            // exactly equivalent.
            _output.Insert(_lastAtomStart, "(?>").Append(quantifier).Append(')');
            _position++;
        }
        else
        {
            _output.Append(quantifier);
            if (_position < _pattern.Length && _pattern[_position] == '?')
            {
                _output.Append('?');
                _position++;
            }
        }

        _lastAtomStart = -1;
    }

    private int? QuantifierLength()
    {
        var match = BoundedQuantifier().Match(_pattern, _position);
        return match.Success ? match.Length : null;
    }

    private void TranslateEscapeOutsideClass()
    {
        _lastAtomStart = _output.Length;
        var next = Peek(1) ?? throw Error("the pattern ends with a lone backslash");
        switch (next)
        {
            case 'Q':
                TranslateQuoted();
                return;
            case 'h' or 'H' or 'v' or 'V':
                var set = next is 'h' or 'H' ? IcuCharacterSets.HorizontalSpace : IcuCharacterSets.VerticalSpace;
                _output.Append(char.IsUpper(next) ? "[^" : "[").Append(set).Append(']');
                _position += 2;
                return;
            case 'R':
                _output.Append(@"(?:\r\n|[").Append(IcuCharacterSets.VerticalSpace).Append("])");
                _position += 2;
                return;
            case 'x' when Peek(2) == '{':
                var codePoint = ReadBracedCodePoint();
                _output.Append(codePoint > 0xFFFF ? "(?:" + EscapeUtf16(char.ConvertFromUtf32(codePoint)) + ")" : EscapeUtf16(char.ConvertFromUtf32(codePoint)));
                return;
            case 'p' or 'P':
                var (property, negated) = ReadProperty();
                _output.Append(IcuCharacterSets.PropertyOutsideClass(property, negated)
                    ?? throw Error($"unknown Unicode property '{property}'"));
                return;
            default:
                CopyOrRefuseEscape(next);
                return;
        }
    }

    private void CopyOrRefuseEscape(char next)
    {
        if (next == '0')
        {
            // Java's \0nnn is an octal escape of up to three digits; .NET reads at most two after \0.
            var octal = JavaOctal().Match(_pattern, _position);
            if (!octal.Success)
            {
                throw Error("'\\0' must be followed by octal digits");
            }

            _output.Append(EscapeUtf16(((char)Convert.ToInt32(octal.Groups[1].Value, 8)).ToString()));
            _position += octal.Length;
            return;
        }

        if (next is 'X' or 'N' || (next == 'b' && Peek(2) == '{'))
        {
            throw Error($"'\\{next}' is not supported by the .NET regular expression engine");
        }

        _output.Append('\\').Append(next);
        _position += 2;
    }

    private void TranslateQuoted()
    {
        var end = _pattern.IndexOf(@"\E", _position + 2, StringComparison.Ordinal);
        var literal = end < 0 ? _pattern[(_position + 2)..] : _pattern[(_position + 2)..end];
        _position = end < 0 ? _pattern.Length : end + 2;
        if (literal.Length == 0)
        {
            _lastAtomStart = -1;
            return;
        }

        // A quantifier after \Q…\E repeats the last character only, as in Java.
        _output.Append(Regex.Escape(literal[..^1]));
        _lastAtomStart = _output.Length;
        _output.Append(Regex.Escape(literal[^1..]));
    }

    private (string Name, bool Negated) ReadProperty()
    {
        var negated = _pattern[_position + 1] == 'P';
        if (Peek(2) == '{')
        {
            var close = _pattern.IndexOf('}', _position + 3);
            if (close < 0)
            {
                throw Error("'\\p{' is not closed");
            }

            var name = _pattern[(_position + 3)..close];
            _position = close + 1;
            if (name.StartsWith('^'))
            {
                return (name[1..], !negated);
            }

            return (name, negated);
        }

        var letter = Peek(2) ?? throw Error("'\\p' needs a property name");
        _position += 3;
        return (letter.ToString(), negated);
    }

    private int ReadBracedCodePoint()
    {
        var close = _pattern.IndexOf('}', _position + 3);
        var hex = close < 0 ? string.Empty : _pattern[(_position + 3)..close];
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
            || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        {
            throw Error("'\\x{…}' does not hold a valid code point");
        }

        _position = close + 1;
        return codePoint;
    }

    private static string EscapeUtf16(string text) =>
        string.Concat(text.Select(ch => "\\u" + ((int)ch).ToString("X4", CultureInfo.InvariantCulture)));

    private char? Peek(int offset) =>
        _position + offset < _pattern.Length ? _pattern[_position + offset] : null;

    private FormatException Error(string reason) =>
        new($"{reason} (at character {Math.Min(_position, _pattern.Length) + 1} of /{_pattern}/)");

    [GeneratedRegex(@"\G\(\?(?<on>[idmsuxU]*)(?:-(?<off>[idmsuxU]*))?(?<end>[:)])")]
    private static partial Regex InlineFlags();

    [GeneratedRegex(@"\G\((?:\?(?:[:=!>]|<[=!]|<[A-Za-z]\w*>))?")]
    private static partial Regex GroupOpening();

    [GeneratedRegex(@"\G\\0([0-3][0-7]{2}|[0-7]{1,2})")]
    private static partial Regex JavaOctal();

    [GeneratedRegex(@"\G\{\d+(?:,\d*)?\}")]
    private static partial Regex BoundedQuantifier();
}
