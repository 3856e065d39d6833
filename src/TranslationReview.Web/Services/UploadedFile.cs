namespace TranslationReview.Web.Services;

/// <summary>A file the user chose for import: its name, its size and a way to open it (a browser upload or a file on disk).</summary>
/// <param name="Name">The file name shown in messages.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="OpenReadStream">Opens the content; the caller disposes the stream.</param>
public sealed record UploadedFile(string Name, long Size, Func<Stream> OpenReadStream);
