using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class TrainingFundingConfiguration : IEntityTypeConfiguration<TrainingFunding>
{
    public void Configure(EntityTypeBuilder<TrainingFunding> builder)
    {
        builder.HasKey(x => x.Id);
        builder.HasOne<Source>().WithMany().HasForeignKey(x => x.SourceId);
    }
}
