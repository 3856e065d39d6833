using TranslationReview.Data;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Tests.Services;

public sealed class SegmentComparisonTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly TargetVersionRow EngineB = new(1, "Minister Oleksii Reznikov signed the application.", "MT engine B", TargetOrigin.MachineTranslation, null, Time, IsAlternative: true);
    private static readonly TargetVersionRow Revision = new(2, "Minister Oleksii Reznikov signed the request.", "Human revision", TargetOrigin.HumanEdit, null, Time, IsAlternative: true);
    private static readonly TargetVersionRow Imported = new(3, "Minister Aleksey Reznikov signed the request.", "MT engine A", TargetOrigin.MachineTranslation, null, Time.AddHours(1));
    private static readonly TargetVersionRow Draft = new(4, "Minister Oleksiy Reznikov signed the request.", "Edit by olena", TargetOrigin.HumanEdit, "olena", Time.AddHours(2));

    [Fact]
    public void DefaultPair_OnlyAlternatives_ComparesTheCurrentTargetWithTheFirstAlternative()
    {
        var comparison = Comparison([EngineB, Revision], new CurrentTargetRow(Imported.Text, "MT engine A", TargetOrigin.MachineTranslation, null, Time));

        var (a, b) = comparison.DefaultPair!.Value;

        Assert.Equal((VersionEntry.CurrentKey, "MT engine B"), (a.Key, b.Label));
        Assert.Null(comparison.ImportedBase);
        Assert.Null(comparison.DraftBase);
    }

    [Fact]
    public void DefaultPair_EditedTargetBesideAlternatives_ComparesTheImportedTargetWithTheCurrentOne()
    {
        var comparison = Comparison([EngineB, Revision, Imported, Draft], new CurrentTargetRow("Minister Oleksii Reznikov signed the request.", "Edit by ivan", TargetOrigin.HumanEdit, "ivan", Time.AddHours(3)));

        var (a, b) = comparison.DefaultPair!.Value;

        Assert.Equal(("MT engine A", VersionEntry.CurrentKey), (a.Label, b.Key));
        // The translator's changes start from the machine translation the document came with, not another engine's candidate.
        Assert.Equal("MT engine A", comparison.ImportedBase!.Label);
        // The reviewer's changes start from olena's draft, not from the human revision imported beside it.
        Assert.Equal("Edit by olena", comparison.DraftBase!.Label);
    }

    private static SegmentComparison Comparison(IReadOnlyList<TargetVersionRow> versions, CurrentTargetRow current) =>
        SegmentComparison.From(new SegmentVersions(7, 2, "Министр Алексей Резников подписал заявку.", current, versions));
}
