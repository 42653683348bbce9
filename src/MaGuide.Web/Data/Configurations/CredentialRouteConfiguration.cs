using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class CredentialRouteConfiguration : IEntityTypeConfiguration<CredentialRoute>
{
    public void Configure(EntityTypeBuilder<CredentialRoute> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.CredentialId, r.Route }).IsUnique();
        builder.HasOne<Credential>().WithMany().HasForeignKey(r => r.CredentialId);
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId);
    }
}
