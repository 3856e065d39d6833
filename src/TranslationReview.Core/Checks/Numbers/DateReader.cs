using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TranslationReview.Core.Checks.Numbers;

/// <summary>
/// Finds dates in a text: numeric (30.09.2022, 30/09/22, 2022-09-30) in any language, and with month names in English
/// (30 September 2022, September 30, 2022, the 4th of October, Oct. 4), Russian (4 октября 2022 года, 4-го октября) and
/// Ukrainian (1 вересня 2027 року). A month with a year but no day is not a date here: its year is an ordinary number.
/// </summary>
internal static class DateReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly Regex NumericDate = new(
        @"(?<![\d.,/\-])(?<a>\d{1,2})(?<s>[./\-])(?<b>\d{1,2})\k<s>(?<y>\d{4}|\d{2})(?![\d]|[.,/\-]\d)", Options | RegexOptions.Compiled);

    private static readonly Regex IsoDate = new(@"(?<![\d.\-])(?<y>\d{4})-(?<b>\d{2})-(?<a>\d{2})(?![\d])", Options | RegexOptions.Compiled);

    private static readonly ConcurrentDictionary<string, (Regex DayMonth, Regex? MonthDay)?> NamedDates = new(StringComparer.Ordinal);

    /// <summary>The dates of <paramref name="text"/>, in order, never overlapping.</summary>
    public static IReadOnlyList<DateMention> Find(string text, string languageTag)
    {
        var dates = new List<DateMention>();
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return dates;
        }

        var language = NumberConventions.Language(languageTag);
        if (NamedDates.GetOrAdd(language, BuildNamed) is var (dayMonth, monthDay))
        {
            foreach (Match match in dayMonth.Matches(text))
            {
                Add(dates, match, DateStyle.DayMonthName, month: MonthNames.Month(match.Groups["m"].Value, language), language);
            }

            foreach (Match match in monthDay?.Matches(text) ?? (IEnumerable<Match>)[])
            {
                Add(dates, match, DateStyle.MonthNameDay, month: MonthNames.Month(match.Groups["m"].Value, language), language);
            }
        }

        foreach (Match match in IsoDate.Matches(text))
        {
            Add(dates, match, DateStyle.Iso, month: null, language);
        }

        foreach (Match match in NumericDate.Matches(text))
        {
            Add(dates, match, DateStyle.Numeric, month: null, language);
        }

        return [.. dates.OrderBy(d => d.Start)];
    }

    private static void Add(List<DateMention> dates, Match match, DateStyle style, int? month, string language)
    {
        if (dates.Any(d => d.Start < match.Index + match.Length && match.Index < d.End))
        {
            return;
        }

        var year = match.Groups["y"].Success ? Number(match.Groups["y"].Value) : (int?)null;
        var readings = new List<CalendarDate>();
        if (month is not null)
        {
            Append(readings, CalendarDate.Create(Number(match.Groups["d"].Value), month.Value, year));
        }
        else
        {
            var first = Number(match.Groups["a"].Value);
            var second = Number(match.Groups["b"].Value);
            Append(readings, CalendarDate.Create(first, second, year));
            // Dots mean day-month everywhere; slashes and hyphens in English may be the US month-day order.
            if (style == DateStyle.Numeric && language == "en" && match.Groups["s"].Value != ".")
            {
                Append(readings, CalendarDate.Create(second, first, year));
            }
        }

        // "on 4 October." ends a sentence: the dot belongs to an abbreviated month only.
        var length = match.Length;
        if (match.Value.EndsWith('.') && month is not null && !match.Groups["y"].Success && !MonthNames.IsAbbreviation(match.Groups["m"].Value))
        {
            length--;
        }

        if (readings.Count > 0)
        {
            dates.Add(new DateMention(match.Index, length, readings, style));
        }
    }

    private static void Append(List<CalendarDate> readings, CalendarDate? date)
    {
        if (date is { } value && !readings.Contains(value))
        {
            readings.Add(value);
        }
    }

    private static (Regex DayMonth, Regex? MonthDay)? BuildNamed(string language)
    {
        var forms = MonthNames.Forms(language);
        if (forms.Count == 0)
        {
            return null;
        }

        var months = string.Join('|', forms.OrderByDescending(f => f.Length).Select(Regex.Escape));
        if (language == "en")
        {
            const string Day = @"(?<d>\d{1,2})(?:st|nd|rd|th)?";
            const string Year = @"(?:,?\s+(?<y>\d{4})(?!\d))?";
            return (
                new Regex($@"(?<![\d\p{{L}}])(?:the\s+)?{Day}(?:\s+of)?\s+(?<m>{months})(?!\p{{L}})\.?{Year}", Options | RegexOptions.Compiled),
                new Regex($@"(?<!\p{{L}})(?<m>{months})(?!\p{{L}})\.?\s+(?:the\s+)?{Day}(?![\d:.,]\d|\d|\p{{L}}){Year}", Options | RegexOptions.Compiled));
        }

        const string SlavicYear = @"(?:\s+(?<y>\d{4})(?:\s*(?:года|году|г\.|г|року|р\.|р)(?!\p{L}))?)?";
        return (
            new Regex($@"(?<![\d\p{{L}}])(?<d>\d{{1,2}})(?:-?(?:го|ого|е|ге))?\s+(?<m>{months})(?!\p{{L}})\.?{SlavicYear}", Options | RegexOptions.Compiled),
            null);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
