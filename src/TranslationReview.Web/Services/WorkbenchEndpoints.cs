using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

/// <summary>The HTTP endpoints beside the pages: export downloads and logout.</summary>
public static class WorkbenchEndpoints
{
    public static IEndpointRouteBuilder MapWorkbenchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/{id:int}/export", ExportAsync).RequireAuthorization();
        endpoints.MapGet("/projects/{id:int}/glossary/export", ExportGlossaryAsync).RequireAuthorization();

        endpoints.MapPost("/account/logout", async (ClaimsPrincipal user, [FromServices] SignInManager<ReviewUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync().ConfigureAwait(false);
            return TypedResults.LocalRedirect("~/account/login");
        });
        return endpoints;
    }

    private static async Task<IResult> ExportGlossaryAsync(int id, string? format, GlossaryService glossaries, CancellationToken cancellationToken)
    {
        var chosen = GlossaryExportFormat.Find(format ?? "csv");
        if (chosen is null)
        {
            var known = string.Join(", ", GlossaryExportFormat.All.Select(f => f.Id));
            return TypedResults.BadRequest($"Unknown glossary format '{format}'. Use one of: {known}.");
        }

        var file = await glossaries.ExportAsync(id, chosen, cancellationToken).ConfigureAwait(false);
        return file is null
            ? TypedResults.NotFound($"Project {id} does not exist.")
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> ExportAsync(int id, string? format, ExportService exports, CancellationToken cancellationToken)
    {
        var chosen = ExportFormat.Find(format ?? "xliff");
        if (chosen is null)
        {
            var known = string.Join(", ", ExportFormat.All.Select(f => f.Id));
            return TypedResults.BadRequest($"Unknown export format '{format}'. Use one of: {known}.");
        }

        var file = await exports.ExportAsync(id, chosen, cancellationToken).ConfigureAwait(false);
        return file is null
            ? TypedResults.NotFound($"Document {id} does not exist.")
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
