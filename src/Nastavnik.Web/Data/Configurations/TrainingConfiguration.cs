using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Training;

namespace Nastavnik.Web.Data.Configurations;

public class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> b)
    {
        b.ToTable("TrainingCourses");
        TerritorialColumns.Configure(b);
        b.Property(x => x.Name).HasMaxLength(500);
        b.Property(x => x.Provider).HasMaxLength(500);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.RegionId, x.StartsOn });
    }
}

public class CourseEnrolmentConfiguration : IEntityTypeConfiguration<CourseEnrolment>
{
    public void Configure(EntityTypeBuilder<CourseEnrolment> b)
    {
        b.ToTable("CourseEnrolments");
        b.Property(x => x.OrderNumber).HasMaxLength(100);
        b.Property(x => x.DocumentNumber).HasMaxLength(100);
        b.Ignore(x => x.IsCompleted);
        b.Ignore(x => x.Document);
        b.HasOne<TrainingCourse>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Preparation).WithMany().HasForeignKey(x => x.PreparationId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.CourseId, x.PersonId }).IsUnique();
        // The figures «прошедших обучение» read completions by person and role up to a date.
        b.HasIndex(x => new { x.PersonId, x.Role, x.DocumentDate });
        b.HasIndex(x => x.PreparationId).IsUnique();
    }
}
