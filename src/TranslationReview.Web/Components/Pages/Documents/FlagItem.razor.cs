using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Terminology;
using TranslationReview.Data;
using TranslationReview.Web.Components.Shared;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>One flag in the flag list, with the actions the signed-in user's role allows.</summary>
public sealed partial class FlagItem
{
    private ItemForm _form;
    private string _disputeComment = "";
    private string _sourceTerm = "";
    private string _correction = "";
    private GlossaryEntryType _type;
    private string? _formError;

    [Parameter, EditorRequired]
    public FlagRow Flag { get; set; } = default!;

    /// <summary>A translator (or an administrator) may answer: fixed, or disputed with a comment.</summary>
    [Parameter]
    public bool CanAnswer { get; set; }

    /// <summary>A reviewer (or an administrator) may resolve, reopen, dismiss and add terms to the glossary.</summary>
    [Parameter]
    public bool CanReview { get; set; }

    /// <summary>The author of a manual flag, or a reviewer, may delete it.</summary>
    [Parameter]
    public bool CanDelete { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<FlagRow> OnDelete { get; set; }

    [Parameter]
    public EventCallback<FlagRow> OnJump { get; set; }

    [Parameter]
    public EventCallback<FlagAnswerRequest> OnAnswer { get; set; }

    [Parameter]
    public EventCallback<FlagRow> OnResolve { get; set; }

    [Parameter]
    public EventCallback<FlagRow> OnReopen { get; set; }

    [Parameter]
    public EventCallback<FlagRow> OnDismiss { get; set; }

    /// <summary>Adds the entry; returns whether it was added (the form stays open with the typed values otherwise).</summary>
    [Parameter]
    public Func<GlossaryAddition, Task<bool>>? OnAddToGlossary { get; set; }

    private string Label => $"Segment {Flag.SegmentPosition}: {Flag.Category.ToName()}, {FlagDialog.SeverityName(Flag.Severity)}, {Flag.Status.ToString().ToLowerInvariant()}"
        + ((Flag.Target ?? Flag.Source) is { } span ? $", “{span.Text}”" : "");

    private string SeverityClass => Flag.Severity switch
    {
        Severity.Critical => "critical",
        Severity.Major => "major",
        Severity.Minor => "minor",
        _ => "neutral",
    };

    private void Toggle(ItemForm form)
    {
        _formError = null;
        _form = _form == form ? ItemForm.None : form;
        if (_form == ItemForm.Glossary && _sourceTerm.Length == 0 && _correction.Length == 0)
        {
            _sourceTerm = Flag.Source?.Text ?? "";
            _correction = Flag.Suggestion ?? "";
            _type = TypeFor(Flag.Category);
        }
    }

    private static GlossaryEntryType TypeFor(IssueCategory category) => category switch
    {
        IssueCategory.Title => GlossaryEntryType.Title,
        _ => GlossaryEntryType.Term,
    };

    private void OnTypeChanged(ChangeEventArgs e)
    {
        if (Enum.TryParse<GlossaryEntryType>(e.Value?.ToString(), out var type))
        {
            _type = type;
        }
    }

    private Task OnJumpAsync() => OnJump.InvokeAsync(Flag);

    private Task OnFixedAsync() => OnAnswer.InvokeAsync(new FlagAnswerRequest(Flag.Id, FlagAnswer.Fixed, null));

    private async Task OnDisputeAsync()
    {
        if (string.IsNullOrWhiteSpace(_disputeComment))
        {
            _formError = "Say why the target is right: a dispute needs a comment for the reviewer.";
            return;
        }

        _form = ItemForm.None;
        await OnAnswer.InvokeAsync(new FlagAnswerRequest(Flag.Id, FlagAnswer.Disputed, _disputeComment.Trim()));
    }

    private Task OnResolveAsync() => OnResolve.InvokeAsync(Flag);

    private Task OnReopenAsync() => OnReopen.InvokeAsync(Flag);

    private Task OnDismissAsync() => OnDismiss.InvokeAsync(Flag);

    private async Task OnDeleteAsync()
    {
        _form = ItemForm.None;
        await OnDelete.InvokeAsync(Flag);
    }

    private async Task OnAddToGlossaryAsync()
    {
        _formError = string.IsNullOrWhiteSpace(_sourceTerm) ? "Type the source term, as it is written in the source."
            : string.IsNullOrWhiteSpace(_correction) ? "Type the correct target rendering of the term."
            : null;
        if (_formError is not null || OnAddToGlossary is null)
        {
            return;
        }

        if (await OnAddToGlossary(new GlossaryAddition(Flag.Id, _sourceTerm.Trim(), _correction.Trim(), _type)))
        {
            _form = ItemForm.None;
        }
    }

    private enum ItemForm
    {
        None,
        Dispute,
        Glossary,
        Delete,
    }
}
