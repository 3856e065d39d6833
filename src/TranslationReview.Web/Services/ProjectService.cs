using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>Projects and their documents, as the pages list and create them.</summary>
public sealed class ProjectService
{
    private readonly ProjectStore _projects;
    private readonly DocumentStore _documents;

    public ProjectService(ProjectStore projects, DocumentStore documents)
    {
        _projects = projects;
        _documents = documents;
    }

    public Task<IReadOnlyList<ProjectSummary>> ListAsync(CancellationToken cancellationToken) =>
        _projects.ListAsync(cancellationToken);

    public Task<ProjectSummary?> GetAsync(int projectId, CancellationToken cancellationToken) =>
        _projects.GetAsync(projectId, cancellationToken);

    /// <summary>Creates a project and returns its id.</summary>
    /// <exception cref="ReviewValidationException">The name is empty or taken, or a language tag is not BCP 47.</exception>
    public Task<int> CreateAsync(string name, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken) =>
        _projects.CreateAsync(name.Trim(), sourceLanguage.Trim(), targetLanguage.Trim(), cancellationToken);

    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(int projectId, CancellationToken cancellationToken) =>
        _documents.ListAsync(projectId, cancellationToken);

    public Task<DocumentSummary?> GetDocumentAsync(int documentId, CancellationToken cancellationToken) =>
        _documents.GetAsync(documentId, cancellationToken);

    public Task DeleteDocumentAsync(int documentId, CancellationToken cancellationToken) =>
        _documents.DeleteAsync(documentId, cancellationToken);
}
