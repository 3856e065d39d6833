namespace TranslationReview.EndToEnd.Tests.Hosting;

/// <summary>The browser tests share one app and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserJourneys : ICollectionFixture<WorkbenchFixture>
{
    public const string Name = "Workbench in Chromium";
}
