using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Tests.Components.Shared;

public sealed class ProvenanceFieldsTests : BunitContext
{
    [Fact]
    public void TypeLabelAndChooseOrigin_DispatchesBoth()
    {
        string? label = null;
        TargetOrigin? origin = null;
        var fields = Render<ProvenanceFields>(p => p.Add(f => f.IdPrefix, "import")
            .Add(f => f.LabelChanged, (string l) => label = l)
            .Add(f => f.OriginChanged, (TargetOrigin o) => origin = o));

        fields.Find("#import-label").Input("MT engine A");
        fields.Find("#import-origin").Change(nameof(TargetOrigin.MachineTranslation));

        Assert.Equal(("MT engine A", TargetOrigin.MachineTranslation), (label, origin));
    }

    [Fact]
    public void Render_Origins_AreNamedInTranslatorsTerms()
    {
        var fields = Render<ProvenanceFields>(p => p.Add(f => f.IdPrefix, "add"));

        Assert.Equal(["Imported", "Machine translation", "Human translation"], fields.FindAll("#add-origin option").Select(o => o.TextContent));
        Assert.Equal("Translation label", fields.Find("label[for=add-label]").TextContent);
    }
}
