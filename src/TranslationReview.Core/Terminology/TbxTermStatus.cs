namespace TranslationReview.Core.Terminology;

/// <summary>Maps TBX status values (administrativeStatus, normativeAuthorization, termStatus) to <see cref="TermStatus"/>.</summary>
internal static class TbxTermStatus
{
    private static readonly string[] ForbiddenMarkers = ["deprecated", "superseded", "forbidden", "notrecommended", "not-recommended", "obsolete"];

    /// <summary>Reads values such as <c>deprecatedTerm-admn-sts</c>, <c>preferredTerm</c> or <c>forbidden</c>; unknown or missing means admitted.</summary>
    public static TermStatus Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TermStatus.Admitted;
        }

        if (ForbiddenMarkers.Any(m => value.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return TermStatus.Forbidden;
        }

        return value.Contains("preferred", StringComparison.OrdinalIgnoreCase) ? TermStatus.Preferred : TermStatus.Admitted;
    }
}
