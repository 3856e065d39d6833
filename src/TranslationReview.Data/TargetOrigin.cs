namespace TranslationReview.Data;

/// <summary>Where a target text came from.</summary>
public enum TargetOrigin
{
    /// <summary>It was in the imported file.</summary>
    Imported = 0,

    /// <summary>A machine translation engine wrote it.</summary>
    MachineTranslation = 1,

    /// <summary>A translator or reviewer typed it.</summary>
    HumanEdit = 2,
}
