using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class ProjectionConfiguration : IEntityTypeConfiguration<Projection>
{
    public void Configure(EntityTypeBuilder<Projection> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.RoleSlug, p.Preferred, p.TargetYear });
        builder.HasOne<Role>().WithMany().HasForeignKey(p => p.RoleSlug);
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.SourceId);
    }
}
