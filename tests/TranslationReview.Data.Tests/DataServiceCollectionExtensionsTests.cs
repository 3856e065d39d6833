using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TranslationReview.Data.Tests.Infrastructure;

namespace TranslationReview.Data.Tests;

public class DataServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddReviewData_ScopedContextForIdentity_SavesAUserTheStoresCanSee()
    {
        await using var database = await TestDatabase.CreateAsync();

        await using (var scope = database.Services.CreateAsyncScope())
        {
            // ASP.NET Core Identity resolves the context itself, per request.
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            db.Users.Add(new ReviewUser { UserName = "olena@example.org", DisplayName = "Олена" });
            await db.SaveChangesAsync();
        }

        await using var fresh = database.NewContext();
        Assert.Equal("Олена", (await fresh.Users.SingleAsync()).DisplayName);
        Assert.Same(database.Projects, database.Services.GetRequiredService<ProjectStore>());
        Assert.IsType<IdentityUser>(await fresh.Users.SingleAsync(), exactMatch: false);
    }
}
