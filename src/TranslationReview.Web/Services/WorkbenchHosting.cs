namespace TranslationReview.Web.Services;

public static class WorkbenchHosting
{
    /// <summary>Where the workbench listens when nothing else says so.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> unless --urls, ASPNETCORE_URLS, the HTTP(S)_PORTS settings or a Kestrel
    /// endpoint choose otherwise. Set in code rather than as "Urls" in appsettings.json, because appsettings.json
    /// would override ASPNETCORE_URLS.
    /// </summary>
    public static IWebHostBuilder UseWorkbenchDefaultUrl(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        string[] keys = [WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey];
        var chosen = keys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        return chosen ? webHost : webHost.UseUrls(DefaultUrl);
    }
}
