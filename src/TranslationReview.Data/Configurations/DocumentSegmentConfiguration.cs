using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TranslationReview.Data.Configurations;

/// <summary>
/// Table <c>Segments</c>: the grid reads ranges of (DocumentId, Position) and filters by state and confidence,
/// so each has an index; <see cref="DocumentSegment.Version"/> guards concurrent edits.
/// </summary>
internal sealed class DocumentSegmentConfiguration : IEntityTypeConfiguration<DocumentSegment>
{
    public void Configure(EntityTypeBuilder<DocumentSegment> builder)
    {
        builder.ToTable("Segments");
        builder.Property(s => s.ExternalId).IsRequired();
        builder.Property(s => s.SourceText).IsRequired();
        builder.Property(s => s.SourceSearch).IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.TargetLabel).IsRequired().HasMaxLength(TargetProvenance.MaxLabelLength);
        builder.Property(s => s.TargetAuthor).HasMaxLength(256);
        builder.Property(s => s.TargetChangedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<ProjectDocument>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.DocumentId, s.Position }).IsUnique();
        builder.HasIndex(s => new { s.DocumentId, s.State });
        builder.HasIndex(s => new { s.DocumentId, s.AlignmentConfidence });
        builder.HasIndex(s => new { s.DocumentId, s.ExternalId });
    }
}
