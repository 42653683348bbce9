using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class CredentialRuleConfiguration : IEntityTypeConfiguration<CredentialRule>
{
    public void Configure(EntityTypeBuilder<CredentialRule> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.StateCode, r.TaskKey, r.CredentialId }).IsUnique();
        builder.HasOne<Credential>().WithMany().HasForeignKey(r => r.CredentialId);
        builder.HasOne<Area>().WithMany().HasForeignKey(r => r.StateCode);
        builder.HasOne<ScopeTask>().WithMany().HasForeignKey(r => r.TaskKey);
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId);
    }
}
