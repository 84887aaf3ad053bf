using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Seeding;

/// <summary>Fills organizations with people and the two registries: used by the demo seed and by the
/// `generate` verb that builds a synthetic region for benchmarks.</summary>
public class RegistryGenerator(AppDbContext db, DateOnly today, int seed = 42)
{
    private readonly Random _rnd = new(seed);

    public async Task GenerateAsync(IReadOnlyList<Organization> organizations, int mentees, int mentors, Action<int, int>? progress = null)
    {
        var deficits = await db.Deficits.AsNoTracking().ToListAsync();
        var teacherDeficits = deficits.Where(d => d.Group != DeficitGroup.PupilRequest).Select(d => d.Id).ToArray();
        var pupilDeficits = deficits.Where(d => d.Group == DeficitGroup.PupilRequest).Select(d => d.Id).ToArray();
        var hosts = organizations.Where(o => !o.IsPartner && o.Type != OrganizationType.Authority).ToList();
        var total = mentees + mentors;
        const int batch = 2000;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Generated records are not changes made by anyone: no audit entries for them.
        db.AuditEnabled = false;
        try
        {
            for (var done = 0; done < total; done += batch)
            {
                for (var i = done; i < Math.Min(total, done + batch); i++)
                {
                    var org = hosts[i % hosts.Count];
                    if (i < mentors) AddMentor(org, today, teacherDeficits);
                    else AddMentee(org, today, teacherDeficits, pupilDeficits);
                }
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                progress?.Invoke(Math.Min(total, done + batch), total);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.AuditEnabled = true;
        }
    }

    private void AddMentor(Organization org, DateOnly today, int[] deficitIds)
    {
        var person = NameBank.Teacher(_rnd, org.Id, today, young: false);
        GiveConsent(person, today, 95);
        var mentor = new Mentor
        {
            Person = person,
            Forms = MentoringForms.TeacherTeacher | (_rnd.Next(3) == 0 ? MentoringForms.TeacherPupil : MentoringForms.None),
            Formats = MentoringFormats.OneToOne | (_rnd.Next(3) == 0 ? MentoringFormats.Group : MentoringFormats.None) | (_rnd.Next(5) == 0 ? MentoringFormats.Network : MentoringFormats.None),
            Capacity = _rnd.Next(1, 4),
            InterviewStatus = (PreparationStatus)_rnd.Next(0, 3),
            IsExpert = _rnd.Next(10) == 0,
            IncludedOn = today.AddDays(-_rnd.Next(0, 700)),
            Competences = "Опыт работы по предмету, методическое сопровождение молодых педагогов",
        };
        // A third have passed training: recorded as their training is in the app, so «обучение пройдено» has its record.
        if (_rnd.Next(0, 3) == 2)
            MentorPreparation.Record(mentor, PreparationKind.Training, mentor.IncludedOn, true, "Курсы повышения квалификации «Наставничество в образовании», 36 ч", today);
        mentor.CoveredDeficits.AddRange(Pick(deficitIds, _rnd.Next(2, 5)).Select(id => db.Deficits.Local.FirstOrDefault(d => d.Id == id) ?? Attach(id)));
        db.Mentors.Add(mentor);
    }

    private void AddMentee(Organization org, DateOnly today, int[] teacherDeficits, int[] pupilDeficits)
    {
        var pupil = org.Type is OrganizationType.School && _rnd.Next(100) < 35;
        var person = pupil ? NameBank.Pupil(_rnd, org.Id, today) : NameBank.Teacher(_rnd, org.Id, today, young: _rnd.Next(100) < 80);
        GiveConsent(person, today, 90);
        var mentee = new Mentee
        {
            Person = person,
            Category = Mentee.SuggestCategory(person),
            PriorityGroups = pupil && _rnd.Next(4) == 0 ? (PriorityGroups)(1 << _rnd.Next(0, 6)) : PriorityGroups.None,
            IncludedOn = today.AddDays(-_rnd.Next(0, 700)),
            Request = pupil ? "Хочу разобраться в выборе профессии и подтянуть успеваемость" : "Нужна помощь в планировании уроков и работе с классом",
        };
        if (!pupil && _rnd.Next(6) == 0) mentee.Category = (MenteeCategory)_rnd.Next(1, 3);
        mentee.Deficits.AddRange(Pick(pupil ? pupilDeficits : teacherDeficits, _rnd.Next(1, 4)).Select(id => db.Deficits.Local.FirstOrDefault(d => d.Id == id) ?? Attach(id)));
        db.Mentees.Add(mentee);
    }

    private Deficit Attach(int id)
    {
        var d = new Deficit { Id = id, Name = "" };
        db.Deficits.Attach(d);
        return d;
    }

    private void GiveConsent(Person person, DateOnly today, int percent)
    {
        if (_rnd.Next(100) >= percent) return;
        var minor = person.IsMinorOn(today);
        person.GiveConsent(today.AddDays(-_rnd.Next(1, 400)), Consent.DefaultPurpose,
            minor ? NameBank.NewPerson(_rnd, person.OrganizationId, PersonRole.Teacher).FullName : null,
            minor ? "мать" : null, null, today);
    }

    private IEnumerable<int> Pick(int[] ids, int count) => ids.OrderBy(_ => _rnd.Next()).Take(Math.Min(count, ids.Length));
}
