using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class ScopeTaskConfiguration : IEntityTypeConfiguration<ScopeTask>
{
    public void Configure(EntityTypeBuilder<ScopeTask> builder) => builder.HasKey(t => t.Key);
}
