namespace TranslationReview.Core.Checks;

/// <summary>One automatic check. Adding a check is adding one class and one line in <see cref="CheckPipeline.CreateDefault"/>.</summary>
public interface ICheck
{
    /// <summary>The stable id every finding of this check carries, such as <c>numbers.mismatch</c>.</summary>
    string Id { get; }

    /// <summary>Finds the problems in the whole document; pure and synchronous.</summary>
    IEnumerable<CheckFinding> Run(CheckContext context);
}
