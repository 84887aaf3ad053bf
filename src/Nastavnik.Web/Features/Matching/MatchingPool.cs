using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Matching.Scoring;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Matching;

/// <summary>The people a program's matching works on, as the engine sees them, with their names for the page.</summary>
public sealed record MatchingPoolData(
    IReadOnlyList<MenteeProfile> Mentees, IReadOnlyList<MentorProfile> Mentors, MatchingRules Rules, int AlreadyPaired)
{
    public MenteeProfile? Mentee(int id) => Mentees.FirstOrDefault(m => m.Key == id);
    public MentorProfile? Mentor(int id) => Mentors.FirstOrDefault(m => m.Key == id);
}

/// <summary>Reads a program's mentees and its pool of mentors from the registries and turns them into the engine's profiles:
/// deficits and subjects as bit sets, consent and preparation as of today, current load, ranked choices from the
/// program's preference questionnaires. Only the kinds of people the program's form admits (FormRules). Mentees come from the program's organization (those not yet in a pair of it);
/// mentors from the organization and its partners, or — for network and virtual formats — from the whole scope of
/// the user who runs the matching (a municipal or regional coordinator pools mentors across organizations).</summary>
public class MatchingPool(AppDbContext db, TerritoryClock clock)
{
    private const int MaxBits = 64;

    public async Task<MatchingPoolData> LoadAsync(UserScope scope, MentorshipProgram program, CriterionWeights weights, CancellationToken ct)
    {
        var today = clock.Today;
        var network = (program.Format & (MentoringFormats.Network | MentoringFormats.Virtual)) != 0;
        var formKind = FormMentorKind(program.Form);
        var live = db.Pairs.Where(p => p.Status != PairStatus.Ended);
        var livePairsOfProgram = live.Where(p => p.ProgramId == program.Id);

        var mentees = await db.Mentees.AsNoTracking().InScope(scope).AdmittedBy(program.Form)
            .Where(m => !m.IsArchived && m.Person!.OrganizationId == program.OrganizationId && !livePairsOfProgram.Any(p => p.MenteeId == m.Id))
            .OrderBy(m => m.Person!.LastName).ThenBy(m => m.Person!.FirstName).ThenBy(m => m.Id)
            .Select(m => new PersonRow(m.Id, m.PersonId, m.Person!.FullName,
                m.Person.OrganizationId, m.Person.Organization!.MunicipalityId, m.Person.Organization.Type, m.Person.Role,
                m.Person.TeachingExperienceYears ?? m.Person.TotalExperienceYears ?? 0, m.Person.Subjects,
                m.Person.HasValidConsentOn(today),
                true, 1, 0, m.Deficits.Select(d => d.Id).ToList()))
            .ToListAsync(ct);
        var alreadyPaired = await livePairsOfProgram.Select(p => p.MenteeId).Distinct().CountAsync(ct);

        var partnerOrganizations = db.ProgramPartners.Where(p => p.ProgramId == program.Id && p.OrganizationId != null).Select(p => p.OrganizationId!.Value);
        var mentorQuery = db.Mentors.AsNoTracking().InScope(scope).AdmittedBy(program.Form).Where(m => !m.IsArchived);
        if (!network)
            mentorQuery = mentorQuery.Where(m => m.Person!.OrganizationId == program.OrganizationId || partnerOrganizations.Contains(m.Person.OrganizationId));
        var mentors = await mentorQuery
            .OrderBy(m => m.Person!.LastName).ThenBy(m => m.Person!.FirstName).ThenBy(m => m.Id)
            .Select(m => new PersonRow(m.Id, m.PersonId, m.Person!.FullName,
                m.Person.OrganizationId, m.Person.Organization!.MunicipalityId, m.Person.Organization.Type, m.Person.Role,
                m.Person.TeachingExperienceYears ?? m.Person.TotalExperienceYears ?? 0, m.Person.Subjects,
                m.Person.HasValidConsentOn(today),
                m.TrainingStatus == PreparationStatus.Passed && m.InterviewStatus == PreparationStatus.Passed,
                m.Capacity, live.Count(p => p.MentorId == m.Id), m.CoveredDeficits.Select(d => d.Id).ToList()))
            .ToListAsync(ct);

        var deficitBits = BitIndex(mentees.SelectMany(m => m.Deficits));
        var subjectBits = BitIndex(mentees.SelectMany(m => Subjects(m.Subjects)));
        var deficitIds = deficitBits.Keys.ToList();
        var deficitNames = await db.Deficits.AsNoTracking().Where(d => deficitIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var (menteeRanks, mentorRanks) = await PreferencesAsync(program.Id, mentees, mentors, ct);

        var rules = new MatchingRules
        {
            Weights = weights,
            FormMentorKind = formKind,
            FormName = program.Form.Ru(),
            RequirePreparation = program.RequiresMentorPreparation,
            TerritoryNotNeeded = network,
            Catalog = new MatchingCatalog
            {
                Deficits = deficitBits.OrderBy(kv => kv.Value).Select(kv => deficitNames.GetValueOrDefault(kv.Key, $"дефицит {kv.Key}")).ToList(),
                Subjects = subjectBits.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList(),
                OrganizationTypes = Enum.GetValues<OrganizationType>().ToDictionary(t => (int)t, t => t.Ru()),
            },
        };
        return new MatchingPoolData(
            mentees.Select(m => new MenteeProfile
            {
                Key = m.Id, PersonKey = m.PersonId, Name = m.Name.Trim(), Deficits = Bits(m.Deficits, deficitBits), Subjects = Bits(Subjects(m.Subjects), subjectBits),
                OrganizationId = m.OrganizationId, MunicipalityId = m.MunicipalityId, OrganizationType = (int)m.OrganizationType,
                ExperienceYears = m.ExperienceYears, HasConsent = m.HasConsent, RankedMentors = menteeRanks.GetValueOrDefault(m.Id, []),
            }).ToList(),
            mentors.Select(m => new MentorProfile
            {
                Key = m.Id, PersonKey = m.PersonId, Name = m.Name.Trim(), Competences = Bits(m.Deficits, deficitBits), Subjects = Bits(Subjects(m.Subjects), subjectBits),
                OrganizationId = m.OrganizationId, MunicipalityId = m.MunicipalityId, OrganizationType = (int)m.OrganizationType,
                ExperienceYears = m.ExperienceYears, Capacity = m.Capacity, Load = m.Load, HasConsent = m.HasConsent, IsPrepared = m.IsPrepared,
                Kind = KindOf(m.Role, formKind), RankedMentees = mentorRanks.GetValueOrDefault(m.Id, []),
            }).ToList(),
            rules, alreadyPaired);
    }

    /// <summary>The first half of the form's name: who the mentor must be.</summary>
    public static MentorKind? FormMentorKind(MentoringForms form) => form switch
    {
        MentoringForms.PupilPupil => MentorKind.Pupil,
        MentoringForms.TeacherTeacher or MentoringForms.TeacherPupil => MentorKind.Teacher,
        MentoringForms.StudentPupil or MentoringForms.StudentStudent => MentorKind.Student,
        MentoringForms.EmployerPupil or MentoringForms.EmployerStudent => MentorKind.Employer,
        MentoringForms.LecturerStudent => MentorKind.Lecturer,
        _ => null,
    };

    /// <summary>A teacher counts as a lecturer in the «преподаватель – студент» form; other roles are what they are.</summary>
    public static MentorKind KindOf(PersonRole role, MentorKind? formKind) => role switch
    {
        PersonRole.Pupil => MentorKind.Pupil,
        PersonRole.Student => MentorKind.Student,
        PersonRole.EmployerRepresentative => MentorKind.Employer,
        _ => formKind == MentorKind.Lecturer ? MentorKind.Lecturer : MentorKind.Teacher,
    };

    private static IEnumerable<string> Subjects(string? text) => PersonSubjects.Split(text).Select(s => s.ToLowerInvariant());

    /// <summary>Bit positions for the values the mentees need, most frequent first (the engine's sets hold 64).</summary>
    private static Dictionary<T, int> BitIndex<T>(IEnumerable<T> values) where T : notnull =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(MaxBits)
            .Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => x.i);

    private static ulong Bits<T>(IEnumerable<T> values, Dictionary<T, int> index) where T : notnull
    {
        ulong bits = 0;
        foreach (var v in values)
            if (index.TryGetValue(v, out var bit)) bits |= 1UL << bit;
        return bits;
    }

    /// <summary>Ranked choices from the program's answered preference questionnaires: a mentee ranks mentors by name, a mentor ranks mentees.</summary>
    private async Task<(Dictionary<int, IReadOnlyList<int>> Mentees, Dictionary<int, IReadOnlyList<int>> Mentors)> PreferencesAsync(
        int programId, List<PersonRow> mentees, List<PersonRow> mentors, CancellationToken ct)
    {
        var questionnaires = await db.Questionnaires.AsNoTracking().Where(q => q.ProgramId == programId && q.Kind == QuestionnaireKind.Preference).ToListAsync(ct);
        var menteeRanks = new Dictionary<int, IReadOnlyList<int>>();
        var mentorRanks = new Dictionary<int, IReadOnlyList<int>>();
        if (questionnaires.Count == 0) return (menteeRanks, mentorRanks);
        var ids = questionnaires.Select(q => q.Id).ToList();
        var answers = await db.Invitations.AsNoTracking()
            .Where(i => ids.Contains(i.QuestionnaireId) && i.AnsweredAt != null && i.PersonId != null && i.Respondent == RespondentRole.Self)
            .Select(i => new { i.QuestionnaireId, PersonId = i.PersonId!.Value, i.Answers }).ToListAsync(ct);
        var mentorByName = ByName(mentors);
        var menteeByName = ByName(mentees);
        var menteeByPerson = mentees.GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.First().Id);
        var mentorByPerson = mentors.GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.First().Id);
        foreach (var a in answers)
        {
            var ranking = questionnaires.First(q => q.Id == a.QuestionnaireId).Questions.FirstOrDefault(q => q.Type == QuestionType.Ranking);
            if (ranking is null || a.Answers is null) continue;
            var names = QuestionnaireInvitation.ParseAnswers(a.Answers).GetValueOrDefault(ranking.Key) ?? [];
            if (menteeByPerson.TryGetValue(a.PersonId, out var menteeId))
                menteeRanks[menteeId] = Resolve(names, mentorByName);
            else if (mentorByPerson.TryGetValue(a.PersonId, out var mentorId))
                mentorRanks[mentorId] = Resolve(names, menteeByName);
        }
        return (menteeRanks, mentorRanks);
    }

    private static Dictionary<string, int> ByName(List<PersonRow> rows) =>
        rows.GroupBy(r => Normalize(r.Name)).ToDictionary(g => g.Key, g => g.First().Id);

    private static IReadOnlyList<int> Resolve(IEnumerable<string> names, Dictionary<string, int> byName) =>
        names.Select(n => byName.TryGetValue(Normalize(n), out var id) ? id : 0).Where(id => id != 0).Distinct().ToList();

    private static string Normalize(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant().Replace('ё', 'е');

    private sealed record PersonRow(int Id, int PersonId, string Name, int OrganizationId, int MunicipalityId, OrganizationType OrganizationType,
        PersonRole Role, int ExperienceYears, string? Subjects, bool HasConsent, bool IsPrepared, int Capacity, int Load, List<int> Deficits);
}
