using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TranslationReview.Data.Configurations;

/// <summary>Table <c>Documents</c>: each belongs to a project and goes with it.</summary>
internal sealed class ProjectDocumentConfiguration : IEntityTypeConfiguration<ProjectDocument>
{
    public void Configure(EntityTypeBuilder<ProjectDocument> builder)
    {
        builder.ToTable("Documents");
        builder.Property(d => d.Name).IsRequired().HasMaxLength(400);
        builder.Property(d => d.SourceLanguage).IsRequired().HasMaxLength(35);
        builder.Property(d => d.TargetLanguage).IsRequired().HasMaxLength(35);
        builder.Property(d => d.OriginalFormat).IsRequired().HasMaxLength(20);
        builder.Property(d => d.TargetLabel).IsRequired().HasMaxLength(TargetProvenance.MaxLabelLength);
        builder.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.ProjectId);
    }
}
