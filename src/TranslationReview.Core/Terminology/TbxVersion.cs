namespace TranslationReview.Core.Terminology;

/// <summary>Which TBX a termbase is written as.</summary>
public enum TbxVersion
{
    /// <summary>TBX 2 / TBX-Basic (ISO 30042:2008): root <c>martif</c>, <c>termEntry/langSet/tig</c>, no namespace.</summary>
    Tbx2,

    /// <summary>TBX 3 (ISO 30042:2019), TBX-Basic dialect, DCA style: root <c>tbx</c> in <c>urn:iso:std:iso:30042:ed-2</c>, <c>conceptEntry/langSec/termSec</c>.</summary>
    Tbx3,
}
