namespace TranslationReview.Web.Components.Shared;

/// <summary>Which text of a segment a reviewer flags.</summary>
public enum FlagSide
{
    Target,
    Source,
}
