using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TranslationReview.Data.Configurations;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the web app.</summary>
internal sealed class DesignTimeReviewDbContextFactory : IDesignTimeDbContextFactory<ReviewDbContext>
{
    public ReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReviewDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
