using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TranslationReview.Data.Configurations;

/// <summary>Table <c>Projects</c>: names unique whatever their case.</summary>
internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("Projects");
        builder.Property(p => p.Name).IsRequired().HasMaxLength(200);
        builder.Property(p => p.NormalizedName).IsRequired().HasMaxLength(200);
        builder.Property(p => p.SourceLanguage).IsRequired().HasMaxLength(35);
        builder.Property(p => p.TargetLanguage).IsRequired().HasMaxLength(35);
        builder.HasIndex(p => p.NormalizedName).IsUnique();

        // Projects created before thresholds existed get the default; the sentinel keeps EF sending every value it is given.
        builder.Property(p => p.PassThreshold).HasDefaultValue(Project.DefaultPassThreshold).HasSentinel(-1.0);
    }
}
