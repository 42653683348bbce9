using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class CensusDivisionConfiguration : IEntityTypeConfiguration<CensusDivision>
{
    public void Configure(EntityTypeBuilder<CensusDivision> builder)
    {
        builder.HasKey(d => d.StateCode);
        builder.HasOne<Area>().WithMany().HasForeignKey(d => d.StateCode);
        builder.HasOne<Source>().WithMany().HasForeignKey(d => d.SourceId);
        builder.HasIndex(d => d.Division);
    }
}
