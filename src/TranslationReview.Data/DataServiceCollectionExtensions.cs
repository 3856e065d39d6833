using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TranslationReview.Data;

/// <summary>Registers the review database and its stores.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{TContext}"/> of <see cref="ReviewDbContext"/> on SQLite (the context
    /// itself too, scoped, for ASP.NET Core Identity) and the stores as singletons (they hold only the factory).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="sqliteConnectionString">For example <c>Data Source=data/review.db</c>.</param>
    public static IServiceCollection AddReviewData(this IServiceCollection services, string sqliteConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sqliteConnectionString);
        services.AddDbContextFactory<ReviewDbContext>(options => options.UseSqlite(sqliteConnectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProjectStore>();
        services.TryAddSingleton<DocumentStore>();
        services.TryAddSingleton<SegmentStore>();
        services.TryAddSingleton<TargetVersionStore>();
        services.TryAddSingleton<FlagStore>();
        services.TryAddSingleton<GlossaryStore>();
        return services;
    }
}
