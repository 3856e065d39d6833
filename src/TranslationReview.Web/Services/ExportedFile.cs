namespace TranslationReview.Web.Services;

/// <summary>A document written in one export format, ready to download.</summary>
public sealed record ExportedFile(string FileName, string ContentType, byte[] Content);
