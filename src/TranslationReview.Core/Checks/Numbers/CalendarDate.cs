namespace TranslationReview.Core.Checks.Numbers;

/// <summary>A day of a month, with the year when the text gives one.</summary>
/// <param name="Day">Day of the month, 1–31.</param>
/// <param name="Month">Month, 1–12.</param>
/// <param name="Year">Four-digit year, or null.</param>
internal readonly record struct CalendarDate(int Day, int Month, int? Year)
{
    /// <summary>The date, or null when the day does not exist in the month (31 September, 30 February).</summary>
    public static CalendarDate? Create(int day, int month, int? year)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year.Value : 2000, month))
        {
            return null;
        }

        return new CalendarDate(day, month, year is < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year);
    }

    /// <summary>True when both name the same day; a missing year agrees with any year.</summary>
    public bool Agrees(CalendarDate other) =>
        Day == other.Day && Month == other.Month && (Year is null || other.Year is null || Year == other.Year);
}
