namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>The viewport rectangle of a row's menu button, measured in the browser.</summary>
public sealed record MenuAnchor(double Top, double Bottom, double Right, double ViewportHeight);
