using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TranslationReview.Data.Configurations;

/// <summary>Table <c>GlossaryEntries</c>: one entry per source term and project; they go with their project.</summary>
internal sealed class ProjectGlossaryEntryConfiguration : IEntityTypeConfiguration<ProjectGlossaryEntry>
{
    public void Configure(EntityTypeBuilder<ProjectGlossaryEntry> builder)
    {
        builder.ToTable("GlossaryEntries");
        builder.Property(e => e.SourceTerm).IsRequired().HasMaxLength(GlossaryEntryInput.MaxTermLength);
        builder.Property(e => e.NormalizedSourceTerm).IsRequired().HasMaxLength(GlossaryEntryInput.MaxTermLength);
        builder.Property(e => e.TargetTermsJoined).IsRequired();
        builder.Property(e => e.ForbiddenTermsJoined).IsRequired();
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Ignore(e => e.TargetTerms);
        builder.Ignore(e => e.ForbiddenTerms);
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ProjectId, e.NormalizedSourceTerm }).IsUnique();
    }
}
