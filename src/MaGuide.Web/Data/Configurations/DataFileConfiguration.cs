using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class DataFileConfiguration : IEntityTypeConfiguration<DataFile>
{
    public void Configure(EntityTypeBuilder<DataFile> builder) => builder.HasKey(f => f.Name);
}
