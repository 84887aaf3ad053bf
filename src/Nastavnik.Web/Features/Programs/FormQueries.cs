using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Web.Features.Programs;

/// <summary>The mentors and mentees a program's form admits (FormRules), in SQL: the lists of the pair forms and the matching.</summary>
public static class FormQueries
{
    public static IQueryable<Mentor> AdmittedBy(this IQueryable<Mentor> query, MentoringForms form)
    {
        var roles = FormRules.MentorRoles(form).ToArray();
        return query.Where(m => roles.Contains(m.Person!.Role));
    }

    public static IQueryable<Mentee> AdmittedBy(this IQueryable<Mentee> query, MentoringForms form)
    {
        var roles = FormRules.MenteeRoles(form).ToArray();
        return query.Where(m => roles.Contains(m.Person!.Role));
    }
}
