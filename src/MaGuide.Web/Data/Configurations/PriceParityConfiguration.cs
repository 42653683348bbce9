using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class PriceParityConfiguration : IEntityTypeConfiguration<PriceParity>
{
    public void Configure(EntityTypeBuilder<PriceParity> builder)
    {
        builder.HasKey(p => new { p.StateCode, p.Year });
        builder.HasOne<Area>().WithMany().HasForeignKey(p => p.StateCode);
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.SourceId);
    }
}
