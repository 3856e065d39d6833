using System.Globalization;

namespace TranslationReview.Core.Checks.Numbers;

/// <summary>Writes numbers and dates the way a language writes them, for suggestions.</summary>
internal static class NumberFormatting
{
    /// <summary>
    /// <paramref name="value"/> written in the target language, in the style of <paramref name="like"/> (its scale word,
    /// thousands grouping and percent sign) when given: 48 000 000 like "84 million" is "48 million".
    /// </summary>
    public static string Number(decimal value, string languageTag, NumberMention? like, string likeText)
    {
        if (like?.IsTime == true && value == decimal.Round(value, 2))
        {
            var hours = decimal.Truncate(value);
            return string.Create(CultureInfo.InvariantCulture, $"{hours}:{(value - hours) * 100:00}");
        }

        var scale = like?.ScaleWord is not null ? like.Scale : 1;
        var scaleWord = like?.ScaleWord;
        if (value / scale < 1 || (value / scale) != decimal.Round(value / scale, 3))
        {
            // 300 million like "300 billion" is "300 million", not "0.3 billion": keep the number whole in its own scale.
            (scale, scaleWord) = OwnScale(value, languageTag);
        }

        var number = value / scale;
        var decimalComma = NumberConventions.UsesDecimalComma(languageTag);
        var grouped = number >= 10_000 || likeText.Any(c => c is ',' or ' ' or '\u00A0' or '\u202F' && likeText.Count(char.IsAsciiDigit) > 3);
        var format = NumberFormatInfo.InvariantInfo.Clone() is NumberFormatInfo info ? info : NumberFormatInfo.InvariantInfo;
        format.NumberDecimalSeparator = decimalComma ? "," : ".";
        format.NumberGroupSeparator = grouped ? (decimalComma ? "\u00A0" : ",") : string.Empty;
        var text = number.ToString(number == decimal.Truncate(number) ? "#,0" : "#,0.############", format);
        if (scaleWord is not null)
        {
            text += " " + scaleWord;
        }

        return likeText.EndsWith('%') ? text + (likeText.EndsWith(" %", StringComparison.Ordinal) ? " %" : "%") : text;
    }

    private static (decimal Scale, string? Word) OwnScale(decimal value, string languageTag)
    {
        var language = NumberConventions.Language(languageTag);
        (decimal Scale, string English, string Russian, string Ukrainian)[] scales =
        [
            (1e12m, "trillion", "трлн", "трлн"), (1e9m, "billion", "млрд", "млрд"), (1e6m, "million", "млн", "млн"),
        ];
        foreach (var (scale, english, russian, ukrainian) in scales)
        {
            if (value >= scale && value % (scale / 1000) == 0)
            {
                var word = language switch { "ru" => russian, "uk" => ukrainian, "en" => english, _ => null };
                return word is null ? (1, null) : (scale, word);
            }
        }

        return (1, null);
    }

    /// <summary>A date in the target language: 30 September 2022 (September 30, 2022 in US English or after that style), 4 октября 2022 года.</summary>
    public static string Date(CalendarDate date, string languageTag, DateStyle likeStyle)
    {
        var month = MonthNames.DateForm(date.Month, languageTag);
        var year = date.Year?.ToString(CultureInfo.InvariantCulture);
        var day = date.Day.ToString(CultureInfo.InvariantCulture);
        return NumberConventions.Language(languageTag) switch
        {
            "ru" => year is null ? $"{day} {month}" : $"{day} {month} {year} года",
            "uk" => year is null ? $"{day} {month}" : $"{day} {month} {year} року",
            "en" when likeStyle == DateStyle.MonthNameDay || NumberConventions.IsUnitedStates(languageTag) =>
                year is null ? $"{month} {day}" : $"{month} {day}, {year}",
            "en" => year is null ? $"{day} {month}" : $"{day} {month} {year}",
            _ => year is null
                ? $"{date.Day:00}.{date.Month:00}."
                : string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}.{date.Month:00}.{year}"),
        };
    }
}
