using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TranslationReview.Core.Checks;
using TranslationReview.Core.Formats;
using TranslationReview.Data;

namespace TranslationReview.Web.Services;

public static class WorkbenchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the workbench: validated options, the SQLite database in the data folder, Identity with local
    /// accounts and cookies, and the scoped services the pages use.
    /// </summary>
    public static IServiceCollection AddWorkbench(this IServiceCollection services, IConfiguration configuration)
    {
        // The host puts its content root in configuration; outside a host the working directory stands in.
        var contentRoot = configuration[WebHostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory();
        services.AddOptions<WorkbenchOptions>()
            .Bind(configuration.GetSection(WorkbenchOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkbenchOptions>, WorkbenchOptionsValidator>();

        var options = configuration.GetSection(WorkbenchOptions.SectionName).Get<WorkbenchOptions>() ?? new WorkbenchOptions();
        var dataFolder = WorkbenchPaths.DataFolder(options, contentRoot);
        services.AddReviewData(WorkbenchPaths.SqliteConnectionString(dataFolder));

        AddAccounts(services);

        services.AddSingleton(FormatRegistry.CreateDefault());
        services.AddSingleton<DocumentChangeNotifier>();
        services.AddSingleton(CheckPipeline.CreateDefault());
        services.AddSingleton<CheckService>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ProjectService>();
        services.AddScoped<ImportService>();
        services.AddScoped<SegmentGridService>();
        services.AddScoped<FlagService>();
        services.AddScoped<GlossaryService>();
        services.AddScoped<ScoreService>();
        services.AddScoped<ExportService>();
        services.AddScoped<SampleImporter>();
        services.AddScoped<UserAccountService>();
        services.AddHostedService<WorkbenchStartup>();
        return services;
    }

    private static void AddAccounts(IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthorization();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "TranslationReview.Auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
        });

        services.AddIdentityCore<ReviewUser>(o =>
            {
                o.SignIn.RequireConfirmedAccount = false;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ReviewDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddSingleton<FirstRunGate>();
    }
}
