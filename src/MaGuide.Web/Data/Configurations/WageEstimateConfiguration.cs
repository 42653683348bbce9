using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class WageEstimateConfiguration : IEntityTypeConfiguration<WageEstimate>
{
    public void Configure(EntityTypeBuilder<WageEstimate> builder)
    {
        builder.HasKey(w => w.Id);
        // The salary and state pages ask for the preferred row of a role, by area and year.
        builder.HasIndex(w => new { w.RoleSlug, w.AreaCode, w.Preferred, w.Year });
        builder.HasOne<Role>().WithMany().HasForeignKey(w => w.RoleSlug);
        builder.HasOne<Area>().WithMany().HasForeignKey(w => w.AreaCode);
        builder.HasOne<Source>().WithMany().HasForeignKey(w => w.SourceId);
    }
}
