using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class RoleFactConfiguration : IEntityTypeConfiguration<RoleFact>
{
    public void Configure(EntityTypeBuilder<RoleFact> builder)
    {
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => new { f.RoleSlug, f.Attribute }).IsUnique();
        builder.HasOne<Role>().WithMany().HasForeignKey(f => f.RoleSlug);
        builder.HasOne<Source>().WithMany().HasForeignKey(f => f.SourceId);
    }
}
