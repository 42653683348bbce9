using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class TrainingRouteConfiguration : IEntityTypeConfiguration<TrainingRoute>
{
    public void Configure(EntityTypeBuilder<TrainingRoute> builder)
    {
        builder.HasKey(x => x.Id);
        builder.HasOne<Source>().WithMany().HasForeignKey(x => x.SourceId);
    }
}
