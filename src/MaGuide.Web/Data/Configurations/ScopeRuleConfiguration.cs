using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaGuide.Web.Data.Configurations;

public sealed class ScopeRuleConfiguration : IEntityTypeConfiguration<ScopeRule>
{
    public void Configure(EntityTypeBuilder<ScopeRule> builder)
    {
        builder.HasKey(r => r.Id);
        // A state page reads all rules of a state; a task page all rules of a task.
        builder.HasIndex(r => new { r.StateCode, r.TaskKey });
        builder.HasIndex(r => new { r.TaskKey, r.Status });
        builder.HasOne<Area>().WithMany().HasForeignKey(r => r.StateCode);
        builder.HasOne<ScopeTask>().WithMany().HasForeignKey(r => r.TaskKey);
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId).IsRequired(false);
    }
}
