using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Configurations;

public class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> b)
    {
        b.Property(x => x.Title).HasMaxLength(500);
        b.Property(x => x.Audience).HasDefaultValue(QuestionnaireAudience.Everyone);
        // The question set is one document; stored as JSON text so it works the same on PostgreSQL and SQLite.
        b.Property(x => x.Questions).HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<Question>>(v, (JsonSerializerOptions?)null) ?? new List<Question>(),
            new ValueComparer<List<Question>>((a, c) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(c, (JsonSerializerOptions?)null),
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null).GetHashCode(), v => v.ToList()));
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.OrganizationId);
    }
}

public class QuestionnaireInvitationConfiguration : IEntityTypeConfiguration<QuestionnaireInvitation>
{
    public void Configure(EntityTypeBuilder<QuestionnaireInvitation> b)
    {
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.Ignore(x => x.UsedAt);
        b.HasOne<Questionnaire>().WithMany().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Nastavnik.Domain.People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
