using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TranslationReview.Data.Configurations;

/// <summary>
/// Table <c>Flags</c>: listed per document and status, marked per segment, so both are indexed; they go with their
/// segment. Enums are stored by name, so a value added to Core's categories later cannot renumber stored flags.
/// </summary>
internal sealed class FlagConfiguration : IEntityTypeConfiguration<Flag>
{
    public void Configure(EntityTypeBuilder<Flag> builder)
    {
        builder.ToTable("Flags");
        builder.Property(f => f.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.CheckId).HasMaxLength(100);
        builder.Property(f => f.Author).IsRequired().HasMaxLength(256);
        builder.Property(f => f.AnsweredBy).HasMaxLength(256);
        builder.Property(f => f.ResolvedBy).HasMaxLength(256);
        builder.Ignore(f => f.Source);
        builder.Ignore(f => f.Target);
        builder.HasOne<DocumentSegment>().WithMany().HasForeignKey(f => f.SegmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.DocumentId, f.Status });
        builder.HasIndex(f => f.SegmentId);
    }
}
