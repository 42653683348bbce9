using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.HasKey(a => a.Code);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasOne<Source>().WithMany().HasForeignKey(a => a.BoardSourceId).IsRequired(false);
    }
}
