using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Shouldly;

namespace Nastavnik.Domain.Tests;

/// <summary>Seed 003: each form of mentoring admits its own kinds of mentors and mentees.</summary>
public class FormRulesTests
{
    [Theory]
    [InlineData(MentoringForms.TeacherTeacher, new[] { PersonRole.Teacher, PersonRole.Manager }, new[] { PersonRole.Teacher, PersonRole.Manager })]
    [InlineData(MentoringForms.PupilPupil, new[] { PersonRole.Pupil }, new[] { PersonRole.Pupil })]
    [InlineData(MentoringForms.StudentPupil, new[] { PersonRole.Student }, new[] { PersonRole.Pupil })]
    [InlineData(MentoringForms.EmployerPupil, new[] { PersonRole.EmployerRepresentative }, new[] { PersonRole.Pupil })]
    [InlineData(MentoringForms.TeacherPupil, new[] { PersonRole.Teacher, PersonRole.Manager }, new[] { PersonRole.Pupil })]
    [InlineData(MentoringForms.EmployerStudent, new[] { PersonRole.EmployerRepresentative }, new[] { PersonRole.Student })]
    [InlineData(MentoringForms.StudentStudent, new[] { PersonRole.Student }, new[] { PersonRole.Student })]
    [InlineData(MentoringForms.LecturerStudent, new[] { PersonRole.Teacher, PersonRole.Manager }, new[] { PersonRole.Student })]
    public void EachFormAdmitsItsOwnMentorsAndMentees(MentoringForms form, PersonRole[] mentors, PersonRole[] mentees)
    {
        FormRules.MentorRoles(form).ShouldBe(mentors, ignoreOrder: true);
        FormRules.MenteeRoles(form).ShouldBe(mentees, ignoreOrder: true);
    }

    [Fact]
    public void AProgramOfSeveralFormsAdmitsWhatAnyOfThemAdmitsAndNoFormAdmitsEveryone()
    {
        FormRules.MenteeRoles(MentoringForms.TeacherTeacher | MentoringForms.TeacherPupil)
            .ShouldBe([PersonRole.Teacher, PersonRole.Pupil, PersonRole.Manager], ignoreOrder: true);
        FormRules.MenteeRoles(MentoringForms.None).ShouldBe(Enum.GetValues<PersonRole>(), ignoreOrder: true);
    }

    [Fact]
    public void ATeacherTeacherProgramRefusesAPupilMenteeNamingTheForm()
    {
        var teacher = new Person { LastName = "Иванова", FirstName = "Мария", MiddleName = "Петровна", Role = PersonRole.Teacher };
        var pupil = new Person { LastName = "Малышкин", FirstName = "Ваня", Role = PersonRole.Pupil };
        var ex = Should.Throw<DomainException>(() => FormRules.EnsureAdmits(MentoringForms.TeacherTeacher, teacher, pupil));
        ex.Message.ShouldBe("Форма наставничества программы «учитель – учитель»: наставляемым может быть только педагог или руководитель, а Малышкин Ваня — обучающийся.");
        Should.NotThrow(() => FormRules.EnsureAdmits(MentoringForms.TeacherPupil, teacher, pupil));
        Should.Throw<DomainException>(() => FormRules.EnsureAdmits(MentoringForms.PupilPupil, teacher, pupil)).Message
            .ShouldContain("наставником может быть только обучающийся, а Иванова Мария Петровна — педагог");
    }
}
