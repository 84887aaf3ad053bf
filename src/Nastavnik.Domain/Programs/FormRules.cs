using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Domain.Programs;

/// <summary>Who each form of mentoring (seed 003: «ученик – ученик», «учитель – учитель», «студент – ученик» …) admits as
/// mentor and as mentee, by the person's category. The one rule the pair forms, the matching and the server check share.</summary>
public static class FormRules
{
    private static readonly PersonRole[] Staff = [PersonRole.Teacher, PersonRole.Manager];
    private static readonly PersonRole[] Pupils = [PersonRole.Pupil];
    private static readonly PersonRole[] Students = [PersonRole.Student];
    private static readonly PersonRole[] Employers = [PersonRole.EmployerRepresentative];

    private static readonly Dictionary<MentoringForms, (PersonRole[] Mentors, PersonRole[] Mentees)> Sides = new()
    {
        [MentoringForms.PupilPupil] = (Pupils, Pupils),
        [MentoringForms.TeacherTeacher] = (Staff, Staff),
        [MentoringForms.StudentPupil] = (Students, Pupils),
        [MentoringForms.EmployerPupil] = (Employers, Pupils),
        [MentoringForms.TeacherPupil] = (Staff, Pupils),
        [MentoringForms.EmployerStudent] = (Employers, Students),
        [MentoringForms.StudentStudent] = (Students, Students),
        [MentoringForms.LecturerStudent] = (Staff, Students),
    };

    /// <summary>The categories of people the form admits as mentors (every category when no form is set).</summary>
    public static IReadOnlyList<PersonRole> MentorRoles(MentoringForms form) => Union(form, s => s.Mentors);

    /// <summary>The categories of people the form admits as mentees (every category when no form is set).</summary>
    public static IReadOnlyList<PersonRole> MenteeRoles(MentoringForms form) => Union(form, s => s.Mentees);

    public static bool AdmitsMentor(MentoringForms form, PersonRole role) => MentorRoles(form).Contains(role);
    public static bool AdmitsMentee(MentoringForms form, PersonRole role) => MenteeRoles(form).Contains(role);

    /// <summary>Refuses, in Russian and naming the form, a mentor or mentee the program's form does not admit.</summary>
    public static void EnsureAdmits(MentoringForms form, Person mentor, Person mentee)
    {
        if (!AdmitsMentor(form, mentor.Role))
            throw new DomainException(Refusal(form, "наставником", MentorRoles(form), mentor), "MentorId");
        if (!AdmitsMentee(form, mentee.Role))
            throw new DomainException(Refusal(form, "наставляемым", MenteeRoles(form), mentee), "MenteeId");
    }

    /// <summary>The person's category in words: «педагог», «обучающийся» …</summary>
    public static string Word(PersonRole role) => role switch
    {
        PersonRole.Teacher => "педагог",
        PersonRole.Pupil => "обучающийся",
        PersonRole.Student => "студент",
        PersonRole.EmployerRepresentative => "представитель работодателя",
        _ => "руководитель",
    };

    private static string Refusal(MentoringForms form, string side, IReadOnlyList<PersonRole> admitted, Person person) =>
        $"Форма наставничества программы «{form.Ru()}»: {side} может быть только " +
        $"{string.Join(" или ", admitted.Select(Word))}, а {person.FullName} — {Word(person.Role)}.";

    private static IReadOnlyList<PersonRole> Union(MentoringForms form, Func<(PersonRole[] Mentors, PersonRole[] Mentees), PersonRole[]> side)
    {
        var roles = Sides.Where(kv => form.HasFlag(kv.Key)).SelectMany(kv => side(kv.Value)).Distinct().Order().ToList();
        return roles.Count == 0 ? Enum.GetValues<PersonRole>() : roles;
    }
}
