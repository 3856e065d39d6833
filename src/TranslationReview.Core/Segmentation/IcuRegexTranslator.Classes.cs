using System.Text;

namespace TranslationReview.Core.Segmentation;

/// <summary>Character classes: Java unions and intersections, and escapes that mean something else inside a class.</summary>
internal sealed partial class IcuRegexTranslator
{
    private (string Body, bool Negated) TranslateClassBody()
    {
        var body = new StringBuilder();
        var negated = Peek(0) == '^';
        if (negated)
        {
            _position++;
        }

        if (Peek(0) == ']')
        {
            body.Append(@"\]");
            _position++;
        }

        while (true)
        {
            var c = Peek(0) ?? throw Error("character class '[' is not closed");
            if (c == ']')
            {
                _position++;
                return (body.ToString(), negated);
            }

            if (c == '&' && Peek(1) == '&')
            {
                body.Append(TranslateIntersection());
                continue;
            }

            if (c == '[')
            {
                _position++;
                var (nested, nestedNegated) = TranslateClassBody();
                if (nestedNegated)
                {
                    throw Error("a negated class nested in a class (a Java union) cannot be expressed in .NET");
                }

                body.Append(nested);
                continue;
            }

            if (c == '\\')
            {
                body.Append(TranslateEscapeInsideClass());
                continue;
            }

            body.Append(c);
            _position++;
        }
    }

    private string TranslateIntersection()
    {
        // Java [a&&[^b]] is .NET's subtraction [a-[b]], and must close the class; other intersections are refused.
        _position += 2;
        if (Peek(0) != '[' || Peek(1) != '^')
        {
            throw Error("class intersection '&&' is only supported as '&&[^…]' (written as subtraction in .NET)");
        }

        _position += 2;
        var (subtracted, _) = TranslateClassBody();
        if (Peek(0) != ']')
        {
            throw Error("'&&[^…]' must be the last part of its character class");
        }

        return "-[" + subtracted + "]";
    }

    private string TranslateEscapeInsideClass()
    {
        var next = Peek(1) ?? throw Error("the pattern ends with a lone backslash");
        switch (next)
        {
            case 'h' or 'v':
                _position += 2;
                return next == 'h' ? IcuCharacterSets.HorizontalSpace : IcuCharacterSets.VerticalSpace;
            case 'H' or 'V' or 'R':
                throw Error($"'\\{next}' inside a character class cannot be expressed in .NET");
            case 'Q':
                var end = _pattern.IndexOf(@"\E", _position + 2, StringComparison.Ordinal);
                var literal = end < 0 ? _pattern[(_position + 2)..] : _pattern[(_position + 2)..end];
                _position = end < 0 ? _pattern.Length : end + 2;
                return EscapeForClass(literal);
            case 'x' when Peek(2) == '{':
                var codePoint = ReadBracedCodePoint();
                return codePoint > 0xFFFF
                    ? throw Error("a character outside the Basic Multilingual Plane cannot be put in a .NET character class")
                    : EscapeUtf16(char.ConvertFromUtf32(codePoint));
            case 'p' or 'P':
                var (property, negated) = ReadProperty();
                return IcuCharacterSets.PropertyInsideClass(property, negated)
                    ?? throw Error($"Unicode property '{property}' is unknown or cannot be negated inside a class in .NET");
            default:
                if (next is 'X' or 'N')
                {
                    throw Error($"'\\{next}' is not supported by the .NET regular expression engine");
                }

                _position += 2;
                return "\\" + next;
        }
    }

    private static string EscapeForClass(string literal) =>
        string.Concat(literal.Select(ch => ch is '\\' or ']' or '[' or '^' or '-' ? "\\" + ch : ch.ToString()));
}
