using System.Globalization;
using Microsoft.AspNetCore.Components;
using TranslationReview.Core.Checks;
using TranslationReview.Data;
using TranslationReview.Web.Services;

namespace TranslationReview.Web.Components.Pages.Documents;

/// <summary>
/// The document's MQM score, pass or fail against the project threshold, the error counts by category and severity
/// with a chart, and the "Run checks" button. Refreshes itself whenever anyone changes the document's flags or text.
/// </summary>
public sealed partial class QualityPanel : IDisposable
{
    private static readonly Severity[] Severities = [Severity.Critical, Severity.Major, Severity.Minor, Severity.Neutral];

    private DocumentScore? _score;
    private IDisposable? _watch;
    private bool _running;
    private string? _progressText;
    private string? _runMessage;
    private string? _error;
    private int _watchedDocumentId;

    [Inject]
    private ScoreService Scores { get; set; } = default!;

    [Inject]
    private CheckService Checks { get; set; } = default!;

    [Parameter, EditorRequired]
    public int DocumentId { get; set; }

    private IEnumerable<IssueCategory> CategoriesCounted =>
        _score is null ? [] : _score.Score.Counts.Where(c => c.Value > 0).Select(c => c.Key.Category).Distinct().Order();

    protected override async Task OnParametersSetAsync()
    {
        if (_watch is null || _watchedDocumentId != DocumentId)
        {
            _watch?.Dispose();
            _watchedDocumentId = DocumentId;
            // Changes arrive on other threads; InvokeAsync brings them onto this circuit's dispatcher.
            _watch = Scores.Watch(DocumentId, _ => InvokeAsync(OnDocumentChangedAsync));
        }

        await LoadAsync();
    }

    private async Task LoadAsync() => _score = await Scores.GetAsync(DocumentId, CancellationToken.None);

    private async Task OnDocumentChangedAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task OnRunChecksAsync()
    {
        _running = true;
        _error = null;
        _runMessage = null;
        _progressText = "Reading segments…";
        var progress = new Progress<CheckProgress>(p =>
        {
            _progressText = p.Stage switch
            {
                CheckStage.Reading => "Reading segments…",
                CheckStage.Checking => $"Checking {p.Segments.ToString("N0", CultureInfo.InvariantCulture)} segments…",
                CheckStage.Saving => "Saving findings…",
                _ => "Done.",
            };
            _ = InvokeAsync(StateHasChanged);
        });
        try
        {
            var result = await Checks.RunAsync(DocumentId, progress, CancellationToken.None);
            _runMessage = $"Checked {result.Segments.ToString("N0", CultureInfo.InvariantCulture)} segments: {result.Findings} findings, {result.Added} new, {result.Removed} gone.";
            await LoadAsync();
        }
        catch (ReviewNotFoundException ex)
        {
            _error = ex.Message;
        }
        finally
        {
            _running = false;
        }
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public void Dispose() => _watch?.Dispose();
}
