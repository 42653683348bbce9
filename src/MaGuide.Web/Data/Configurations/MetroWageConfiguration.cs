using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class MetroWageConfiguration : IEntityTypeConfiguration<MetroWage>
{
    public void Configure(EntityTypeBuilder<MetroWage> builder)
    {
        builder.HasKey(w => w.Id);
        builder.HasIndex(w => new { w.RoleSlug, w.Preferred, w.Year });
        builder.HasOne<Role>().WithMany().HasForeignKey(w => w.RoleSlug);
        builder.HasOne<Source>().WithMany().HasForeignKey(w => w.SourceId);
    }
}
