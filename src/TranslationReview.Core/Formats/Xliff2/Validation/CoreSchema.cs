namespace TranslationReview.Core.Formats.Xliff2.Validation;

/// <summary>The content models of <c>xliff_core_2.0.xsd</c> (XLIFF 2.1 core uses the same schema), by element.</summary>
internal static class CoreSchema
{
    private const int Many = int.MaxValue;
    private static readonly string[] Inline = ["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"];
    private static readonly string[] Structure = ["canResegment", "translate", "srcDir", "trgDir", "xml:space"];

    public static readonly IReadOnlyDictionary<string, CoreElementModel> Elements = new Dictionary<string, CoreElementModel>(StringComparer.Ordinal)
    {
        ["xliff"] = new(["version", "srcLang", "trgLang", "xml:space"], ["version", "srcLang"], true, false,
            [new(["file"], 1, Many)]),
        ["file"] = new(["id", "original", .. Structure], ["id"], true, false,
            [new(["skeleton"], 0, 1), new([ChildParticle.Other], 0, Many), new(["notes"], 0, 1), new(["unit", "group"], 1, Many)]),
        ["skeleton"] = new(["href"], [], false, true, [new([ChildParticle.Other], 0, Many)]),
        ["group"] = new(["id", "name", "type", .. Structure], ["id"], true, false,
            [new([ChildParticle.Other], 0, Many), new(["notes"], 0, 1), new(["unit", "group"], 0, Many)]),
        ["unit"] = new(["id", "name", "type", .. Structure], ["id"], true, false,
            [new([ChildParticle.Other], 0, Many), new(["notes"], 0, 1), new(["originalData"], 0, 1), new(["segment", "ignorable"], 1, Many)]),
        ["segment"] = new(["id", "canResegment", "state", "subState"], [], false, false, [new(["source"], 1, 1), new(["target"], 0, 1)]),
        ["ignorable"] = new(["id"], [], false, false, [new(["source"], 1, 1), new(["target"], 0, 1)]),
        ["notes"] = new([], [], false, false, [new(["note"], 1, Many)]),
        ["note"] = new(["id", "appliesTo", "category", "priority"], [], true, true, []),
        ["originalData"] = new([], [], false, false, [new(["data"], 1, Many)]),
        ["data"] = new(["id", "dir", "xml:space"], ["id"], false, true, [new(["cp"], 0, Many)]),
        ["source"] = new(["xml:lang", "xml:space"], [], false, true, [new(Inline, 0, Many)]),
        ["target"] = new(["xml:lang", "xml:space", "order"], [], false, true, [new(Inline, 0, Many)]),
        ["cp"] = new(["hex"], ["hex"], false, false, []),
        ["ph"] = new(["canCopy", "canDelete", "canReorder", "copyOf", "disp", "equiv", "id", "dataRef", "subFlows", "subType", "type"],
            ["id"], true, false, []),
        ["pc"] = new(["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dispEnd", "dispStart", "equivEnd", "equivStart", "id",
            "dataRefEnd", "dataRefStart", "subFlowsEnd", "subFlowsStart", "subType", "type", "dir"], ["id"], true, true, [new(Inline, 0, Many)]),
        ["sc"] = new(["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir", "disp", "equiv", "id", "isolated",
            "subFlows", "subType", "type"], ["id"], true, false, []),
        ["ec"] = new(["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir", "disp", "equiv", "id", "isolated",
            "startRef", "subFlows", "subType", "type"], [], true, false, []),
        ["mrk"] = new(["id", "translate", "type", "ref", "value"], ["id"], true, true, [new(Inline, 0, Many)]),
        ["sm"] = new(["id", "translate", "type", "ref", "value"], ["id"], true, false, []),
        ["em"] = new(["startRef"], ["startRef"], false, false, []),
    };
}
