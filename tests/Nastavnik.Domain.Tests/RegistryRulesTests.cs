using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Shouldly;

namespace Nastavnik.Domain.Tests;

public class RegistryRulesTests
{
    [Theory]
    [InlineData(PersonRole.Teacher, 0, MenteeCategory.YoungSpecialist)]
    [InlineData(PersonRole.Teacher, 3, MenteeCategory.YoungSpecialist)]
    [InlineData(PersonRole.Teacher, 4, MenteeCategory.NewDuties)]
    [InlineData(PersonRole.Pupil, null, MenteeCategory.Pupil)]
    [InlineData(PersonRole.Student, null, MenteeCategory.Student)]
    public void TheMenteeCategoryFollowsTheDocuments(PersonRole role, int? experience, MenteeCategory expected) =>
        Mentee.SuggestCategory(new Person { LastName = "А", FirstName = "Б", Role = role, TeachingExperienceYears = experience }).ShouldBe(expected);

    [Fact]
    public void PriorityGroupsApplyOnlyToPupilsAndStudents()
    {
        Should.Throw<DomainException>(() => new Mentee { Category = MenteeCategory.YoungSpecialist, PriorityGroups = PriorityGroups.Gifted }.Validate());
        Should.NotThrow(() => new Mentee { Category = MenteeCategory.Pupil, PriorityGroups = PriorityGroups.Gifted | PriorityGroups.Rural }.Validate());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void AMentorsCapacityIsBetween1And30(int capacity, bool ok)
    {
        var mentor = new Mentor();
        if (ok) { mentor.SetCapacity(capacity); mentor.Capacity.ShouldBe(capacity); }
        else Should.Throw<DomainException>(() => mentor.SetCapacity(capacity));
    }

    [Theory]
    [InlineData("учитель – учитель", MentoringForms.TeacherTeacher)]
    [InlineData("РАБОТОДАТЕЛЬ – СТУДЕНТ", MentoringForms.EmployerStudent)]
    [InlineData("EmployerPupil", MentoringForms.EmployerPupil)]
    public void FormsAreReadByTheirRussianNames(string text, MentoringForms expected)
    {
        RussianNames.TryParse<MentoringForms>(text, out var form).ShouldBeTrue();
        form.ShouldBe(expected);
    }

    [Fact]
    public void FlagsAreShownAsAListOfRussianNames() =>
        (MentoringFormats.OneToOne | MentoringFormats.Network).Ru().ShouldBe("традиционное (один на один), сетевое");
}
