using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.HasKey(r => r.Slug);
        builder.HasIndex(r => r.SocCode).IsUnique();
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId);
    }
}
