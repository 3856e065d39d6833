using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TranslationReview.Data.Configurations;

/// <summary>Table <c>TargetVersions</c>: read per segment, so indexed by segment; they go with their segment.</summary>
internal sealed class TargetVersionConfiguration : IEntityTypeConfiguration<TargetVersion>
{
    public void Configure(EntityTypeBuilder<TargetVersion> builder)
    {
        builder.ToTable("TargetVersions");
        builder.Property(v => v.Text).IsRequired();
        builder.Property(v => v.Label).IsRequired().HasMaxLength(TargetProvenance.MaxLabelLength);
        builder.Property(v => v.Author).HasMaxLength(256);
        builder.HasOne<DocumentSegment>().WithMany().HasForeignKey(v => v.SegmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => v.SegmentId);
    }
}
