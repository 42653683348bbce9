using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class MetroStateConfiguration : IEntityTypeConfiguration<MetroState>
{
    public void Configure(EntityTypeBuilder<MetroState> builder)
    {
        builder.HasKey(m => m.AreaName);
        builder.Ignore(m => m.StateCodes);
        builder.HasOne<Source>().WithMany().HasForeignKey(m => m.SourceId).IsRequired(false);
    }
}
