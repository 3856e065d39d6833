namespace TranslationReview.Web.Components.Shared;

/// <summary>Text selected in one side of a segment, in UTF-16 offsets into its plain text (end exclusive).</summary>
public sealed record GridSelection(FlagSide Side, int Start, int End)
{
    /// <summary>Reads the side name the selection script reports ("source" or "target"); null when nothing is selected.</summary>
    public static GridSelection? From(string? side, int start, int end) => side switch
    {
        "source" => new GridSelection(FlagSide.Source, start, end),
        "target" => new GridSelection(FlagSide.Target, start, end),
        _ => null,
    };
}
