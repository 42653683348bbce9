using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class TrainingFactConfiguration : IEntityTypeConfiguration<TrainingFact>
{
    public void Configure(EntityTypeBuilder<TrainingFact> builder)
    {
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => new { f.RouteId, f.Attribute });
        builder.HasOne<TrainingRoute>().WithMany().HasForeignKey(f => f.RouteId);
        builder.HasOne<Source>().WithMany().HasForeignKey(f => f.SourceId);
    }
}
