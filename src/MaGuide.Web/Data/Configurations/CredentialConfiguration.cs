using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Source>().WithMany().HasForeignKey(c => c.SourceId);
        builder.HasOne<Source>().WithMany().HasForeignKey(c => c.ExamFeeSourceId).IsRequired(false);
        builder.HasOne<Source>().WithMany().HasForeignKey(c => c.RenewalSourceId).IsRequired(false);
        builder.HasOne<Area>().WithMany().HasForeignKey(c => c.StateCode).IsRequired(false);
    }
}
