using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Imports;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Import;

/// <summary>Checks every row of a file against the registry's rules and collects every error with its row and column.</summary>
public class ImportValidator(AppDbContext db)
{
    public async Task<ImportPlan> ValidateAsync(SheetTable table, IReadOnlyDictionary<int, string> mapping, ImportTarget target,
        int defaultOrganizationId, UserScope scope, DateOnly today, CancellationToken ct = default,
        IReadOnlyDictionary<string, string>? categoryChoices = null)
    {
        var organizations = await db.Organizations.AsNoTracking().InScope(scope).Select(o => new { o.Id, o.Name, o.ShortName }).ToListAsync(ct);
        var orgByName = new Dictionary<string, int>();
        foreach (var o in organizations)
        {
            orgByName.TryAdd(SearchText.Normalize(o.Name), o.Id);
            if (o.ShortName is not null) orgByName.TryAdd(SearchText.Normalize(o.ShortName), o.Id);
        }
        if (organizations.All(o => o.Id != defaultOrganizationId))
            throw new DomainException("Организация для загрузки не найдена в вашей области видимости.", "OrganizationId");
        var deficits = (await db.Deficits.AsNoTracking().ToListAsync(ct)).ToDictionary(d => SearchText.Normalize(d.Name), d => d.Id);

        var plan = new ImportPlan { TotalRows = table.Rows.Count };
        var participationMapped = mapping.Values.Contains("Participation");
        var seen = new Dictionary<string, int>();
        var categories = new CategoryValues(categoryChoices ?? new Dictionary<string, string>());
        foreach (var row in table.Rows)
        {
            var ctx = new RowContext(row, table.Headers, mapping, plan.Errors);
            var planned = new PlannedRow { RowNumber = row.RowNumber };
            ReadName(ctx, planned);
            ReadPerson(ctx, planned, today);
            planned.Person.OrganizationId = defaultOrganizationId;
            if (ctx.Has("Organization", out var orgCell) && CellParsers.Text(orgCell) is { } orgName)
            {
                if (orgByName.TryGetValue(SearchText.Normalize(orgName), out var orgId)) planned.Person.OrganizationId = orgId;
                else ctx.Error("Organization", $"Организация «{orgName}» не найдена в вашей области видимости. Проверьте название или загрузите строку в своей организации.");
            }
            ReadParticipation(ctx, planned, participationMapped, target);
            ReadRegistryFields(ctx, planned, deficits);
            ReadCategory(ctx, planned, categories);
            ReadConsent(ctx, planned, today);
            CheckDuplicateInFile(ctx, planned, seen);
            if (!ctx.HasErrors) plan.Rows.Add(planned);
        }
        await CheckDuplicatesInDatabaseAsync(plan, table, mapping, ct);
        plan.CategoryValues = categories.Unknown;
        return plan;
    }

    private static void ReadName(RowContext ctx, PlannedRow r)
    {
        if (ctx.Has("FullName", out var full))
        {
            var parts = (CellParsers.Text(full) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) { ctx.Error("FullName", "Укажите фамилию и имя (например, «Иванова Анна Петровна»)."); return; }
            r.Person.LastName = parts[0];
            r.Person.FirstName = parts[1];
            r.Person.MiddleName = parts.Length > 2 ? string.Join(' ', parts[2..]) : null;
            return;
        }
        r.Person.LastName = CellParsers.Text(ctx.Get("LastName")) ?? "";
        r.Person.FirstName = CellParsers.Text(ctx.Get("FirstName")) ?? "";
        r.Person.MiddleName = CellParsers.Text(ctx.Get("MiddleName"));
        if (r.Person.LastName.Length == 0) ctx.Error(ctx.Mapped("LastName") ? "LastName" : null, "Не указана фамилия. Сопоставьте столбец с ФИО или с фамилией.");
        if (r.Person.FirstName.Length == 0) ctx.Error(ctx.Mapped("FirstName") ? "FirstName" : null, "Не указано имя.");
    }

    private static void ReadPerson(RowContext ctx, PlannedRow r, DateOnly today)
    {
        var p = r.Person;
        if (ctx.Has("BirthDate", out var birth) && birth is not null && CellParsers.Text(birth) is not null)
        {
            if (!CellParsers.TryDate(birth, out var date)) ctx.Error("BirthDate", $"Дата рождения «{CellParsers.Text(birth)}» не распознана: ожидается дд.мм.гггг.");
            else if (date > today || date < today.AddYears(-100) || date > today.AddYears(-5)) ctx.Error("BirthDate", $"Дата рождения {date:dd.MM.yyyy} неправдоподобна.");
            else p.BirthDate = date;
        }
        if (CellParsers.Text(ctx.Get("Sex")) is { } sex)
        {
            var s = sex.ToLowerInvariant();
            p.Sex = s.StartsWith('м') ? Sex.Male : s.StartsWith('ж') ? Sex.Female : Sex.Unknown;
        }
        p.Email = CellParsers.Text(ctx.Get("Email"));
        p.Phone = CellParsers.Text(ctx.Get("Phone"));
        p.Position = CellParsers.Text(ctx.Get("Position"));
        p.Subjects = PersonSubjects.Join(CellParsers.List(ctx.Get("Subjects")));
        p.QualificationCategory = CellParsers.Text(ctx.Get("QualificationCategory"));
        p.Grade = CellParsers.Text(ctx.Get("Grade"));
        p.Specialty = CellParsers.Text(ctx.Get("Specialty"));
        p.TotalExperienceYears = ctx.Int("TotalExperience", 0, 70, "Общий стаж");
        p.TeachingExperienceYears = ctx.Int("TeachingExperience", 0, 70, "Педагогический стаж");
        p.Course = ctx.Int("Course", 1, 6, "Курс");
        if (CellParsers.Text(ctx.Get("Role")) is { } role)
        {
            var parsed = ParseRole(role);
            if (parsed is null) ctx.Error("Role", $"Категория «{role}» не распознана: педагог, обучающийся, студент или представитель работодателя.");
            else p.Role = parsed.Value;
        }
        else if (p.Grade is not null) p.Role = PersonRole.Pupil;
        else if (p.Course is not null) p.Role = PersonRole.Student;
    }

    private static PersonRole? ParseRole(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.StartsWith("педагог") || t.StartsWith("учитель") || t.StartsWith("преподав")) return PersonRole.Teacher;
        if (t.StartsWith("обучающ") || t.StartsWith("учени") || t.StartsWith("школьн")) return PersonRole.Pupil;
        if (t.StartsWith("студент")) return PersonRole.Student;
        if (t.Contains("работодател")) return PersonRole.EmployerRepresentative;
        return RussianNames.TryParse<PersonRole>(text, out var r) ? r : null;
    }

    private static void ReadParticipation(RowContext ctx, PlannedRow r, bool mapped, ImportTarget target)
    {
        var fallback = target == ImportTarget.Mentors ? Participation.Mentor : Participation.Mentee;
        if (!mapped) { r.Participation = fallback; return; }
        var text = CellParsers.Text(ctx.Get("Participation"))?.ToLowerInvariant();
        r.Participation = text switch
        {
            null => Participation.None,
            _ when text.StartsWith("наставляем") => Participation.Mentee,
            _ when text.StartsWith("наставник") => Participation.Mentor,
            "нет" or "-" or "—" => Participation.None,
            _ => Fail(),
        };
        Participation Fail()
        {
            ctx.Error("Participation", $"Значение «{text}» не распознано: «наставник», «наставляемый» или пусто.");
            return Participation.None;
        }
    }

    private static void ReadRegistryFields(RowContext ctx, PlannedRow r, Dictionary<string, int> deficits)
    {
        r.Request = CellParsers.Text(ctx.Get("Request"));
        r.Competences = CellParsers.Text(ctx.Get("Competences"));
        r.Capacity = ctx.Int("Capacity", 1, 30, "Число наставляемых") ?? 1;
        foreach (var group in CellParsers.List(ctx.Get("PriorityGroups")))
        {
            if (RussianNames.TryParse<PriorityGroups>(group, out var g)) r.PriorityGroups |= g;
            else if (CategoryWords.Parse(group) is { Groups: not PriorityGroups.None } words) r.PriorityGroups |= words.Groups;
            else ctx.Error("PriorityGroups", $"Приоритетная группа «{group}» не распознана.");
        }
        foreach (var name in CellParsers.List(ctx.Get("Deficits")))
        {
            if (deficits.TryGetValue(SearchText.Normalize(name), out var id)) r.DeficitIds.Add(id);
            else ctx.Error("Deficits", $"Дефицит «{name}» не найден в каталоге дефицитов. Выберите название из каталога.");
        }
    }

    /// <summary>The mentee's category as the file writes it; a pupil's or student's category also tells the person's
    /// category when the file does not, and must agree with it when it does.</summary>
    private static void ReadCategory(RowContext ctx, PlannedRow r, CategoryValues categories)
    {
        if (CellParsers.Text(ctx.Get("MenteeCategory")) is not { } text) return;
        if (categories.Read(text, ctx.RowNumber) is not { } choice)
        {
            ctx.Error("MenteeCategory", $"Категория «{text}» не распознана: выберите для неё категорию базы в списке «Значения категорий» " +
                "ниже — выбор применится ко всем строкам с этим значением.");
            return;
        }
        var role = choice.Category switch
        {
            MenteeCategory.Pupil => PersonRole.Pupil,
            MenteeCategory.Student => PersonRole.Student,
            _ => (PersonRole?)null,
        };
        var learner = r.Person.Role is PersonRole.Pupil or PersonRole.Student;
        if (CellParsers.Text(ctx.Get("Role")) is not null && (role is null ? learner : r.Person.Role != role))
        {
            ctx.Error("MenteeCategory", $"Категория «{text}» ({choice.Title}) не подходит к категории участника «{FormRules.Word(r.Person.Role)}».");
            return;
        }
        if (role is { } learnerRole) r.Person.Role = learnerRole;
        r.MenteeCategory = choice.Category;
        r.PriorityGroups |= choice.Groups;
    }

    private static void ReadConsent(RowContext ctx, PlannedRow r, DateOnly today)
    {
        var consent = ctx.Get("ConsentDate");
        var text = CellParsers.Text(consent)?.ToLowerInvariant();
        if (text is "да" or "есть" or "+") r.ConsentDate = today;
        else if (text is not null and not ("нет" or "-" or "—"))
        {
            if (CellParsers.TryDate(consent, out var date) && date <= today) r.ConsentDate = date;
            else ctx.Error("ConsentDate", $"Дата согласия «{CellParsers.Text(consent)}» не распознана: ожидается дд.мм.гггг или «да».");
        }
        r.RepresentativeName = CellParsers.Text(ctx.Get("RepresentativeName"));
        var minor = r.Person.BirthDate is { } b ? AgeOn(b, today) < Person.AdultAge : r.Person.Role == PersonRole.Pupil;
        if (minor && (r.ConsentDate is null || r.RepresentativeName is null))
            ctx.Error(ctx.Mapped("RepresentativeName") ? "RepresentativeName" : ctx.Mapped("ConsentDate") ? "ConsentDate" : "BirthDate",
                "Несовершеннолетний: нужно согласие законного представителя (столбцы «Законный представитель» и «Дата согласия на обработку ПДн»).");
    }

    private static int AgeOn(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return today < birth.AddYears(age) ? age - 1 : age;
    }

    private static string Key(PlannedRow r) =>
        $"{r.Person.OrganizationId}|{SearchText.Of(r.Person.LastName, r.Person.FirstName, r.Person.MiddleName)}|{r.Person.BirthDate}";

    private static void CheckDuplicateInFile(RowContext ctx, PlannedRow r, Dictionary<string, int> seen)
    {
        if (ctx.HasErrors) return;
        var key = Key(r);
        if (seen.TryGetValue(key, out var first))
            ctx.Error(ctx.Mapped("FullName") ? "FullName" : "LastName", $"Повтор: этот человек уже есть в строке {first} файла.");
        else seen[key] = r.RowNumber;
    }

    private async Task CheckDuplicatesInDatabaseAsync(ImportPlan plan, SheetTable table, IReadOnlyDictionary<int, string> mapping, CancellationToken ct)
    {
        var orgIds = plan.Rows.Select(r => r.Person.OrganizationId).Distinct().ToList();
        var existing = await db.People.AsNoTracking().Where(p => orgIds.Contains(p.OrganizationId))
            .Select(p => new { p.OrganizationId, p.SearchText, p.LastName, p.FirstName, p.MiddleName, p.BirthDate }).ToListAsync(ct);
        var keys = existing.Select(p => $"{p.OrganizationId}|{SearchText.Of(p.LastName, p.FirstName, p.MiddleName)}|{p.BirthDate}").ToHashSet();
        var nameColumn = mapping.FirstOrDefault(m => m.Value is "FullName" or "LastName");
        var header = nameColumn.Value is null ? "ФИО" : table.Headers.ElementAtOrDefault(nameColumn.Key) ?? "ФИО";
        foreach (var r in plan.Rows.Where(r => keys.Contains(Key(r))).ToList())
        {
            plan.Errors.Add(new ImportError(r.RowNumber, header, $"{r.Person.LastName} {r.Person.FirstName} {r.Person.MiddleName} с той же датой рождения уже есть в базе организации."));
            plan.Rows.Remove(r);
        }
        plan.Errors.Sort((a, b) => a.Row.CompareTo(b.Row));
    }
}
