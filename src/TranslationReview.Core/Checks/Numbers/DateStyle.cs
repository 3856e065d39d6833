namespace TranslationReview.Core.Checks.Numbers;

/// <summary>How a date is written, so a suggestion can keep the writer's style.</summary>
internal enum DateStyle
{
    /// <summary>30 September 2022, 4 октября, 1 вересня 2027 року.</summary>
    DayMonthName,

    /// <summary>September 30, 2022; October 4.</summary>
    MonthNameDay,

    /// <summary>30.09.2022, 30/09/2022, 09/30/2022.</summary>
    Numeric,

    /// <summary>2022-09-30.</summary>
    Iso,
}
