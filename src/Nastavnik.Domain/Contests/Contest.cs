using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Contests;

public enum ContestStage
{
    [Display(Name = "приём заявок")] Applications = 0,
    [Display(Name = "экспертиза")] Review = 1,
    [Display(Name = "итоги подведены")] Results = 2,
}

/// <summary>A criterion the jurors score on a scale from 0 to <see cref="MaxScore"/>; the weight multiplies it in the total.</summary>
public sealed record ContestCriterion(string Name, int MaxScore, decimal Weight = 1);

/// <summary>Конкурс: «Наставник года», «Лучшие практики наставничества», «Лучший педагог-наставник», «Свежий ветер» —
/// nominations, stages (applications → expert review → results), criteria with scales.</summary>
public class Contest : ITerritorial
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public required string Title { get; set; }
    public int Year { get; set; }
    public string? Description { get; set; }
    public DateOnly ApplicationsUntil { get; set; }
    public ContestStage Stage { get; set; }
    public List<string> Nominations { get; set; } = [];
    public List<ContestCriterion> Criteria { get; set; } = [];
    /// <summary>Распоряжение/приказ об итогах.</summary>
    public string? ResultDocument { get; set; }
    public bool IsPublic { get; set; } = true;
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public decimal MaxTotal => Criteria.Sum(c => c.Weight * c.MaxScore);

    public static Contest Create(int regionId, int? municipalityId, int? organizationId, string title, int year, DateOnly applicationsUntil,
        string? description, IReadOnlyList<string> nominations, IReadOnlyList<ContestCriterion> criteria)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Укажите название конкурса.", "Title");
        if (year is < 2000 or > 2100) throw new DomainException("Год проведения конкурса — четыре цифры.", "Year");
        var names = nominations.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count == 0) throw new DomainException("Укажите хотя бы одну номинацию (по одной в строке).", "Nominations");
        if (names.Distinct(StringComparer.CurrentCultureIgnoreCase).Count() != names.Count) throw new DomainException("Номинации повторяются.", "Nominations");
        if (criteria.Count == 0) throw new DomainException("Укажите хотя бы один критерий оценки.", "Criteria");
        foreach (var (c, i) in criteria.Select((c, i) => (c, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(c.Name)) throw new DomainException($"Критерий {i}: укажите название.", "Criteria");
            if (c.MaxScore is < 1 or > 100) throw new DomainException($"Критерий «{c.Name}»: максимальный балл — от 1 до 100.", "Criteria");
            if (c.Weight <= 0) throw new DomainException($"Критерий «{c.Name}»: вес должен быть больше нуля.", "Criteria");
        }
        return new Contest
        {
            RegionId = regionId, MunicipalityId = municipalityId, OrganizationId = organizationId, Title = title.Trim(), Year = year,
            ApplicationsUntil = applicationsUntil, Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Nominations = names, Criteria = criteria.Select(c => c with { Name = c.Name.Trim() }).ToList(),
        };
    }

    /// <summary>Reads criteria written one per line as «Название; максимальный балл; вес» (the weight may be omitted).</summary>
    public static List<ContestCriterion> ParseCriteria(string? text)
    {
        var result = new List<ContestCriterion>();
        foreach (var (line, number) in (text ?? "").Split('\n').Select((l, i) => (l.Trim(), i + 1)).Where(x => x.Item1.Length > 0))
        {
            var parts = line.Split(';').Select(p => p.Trim()).ToArray();
            if (parts.Length is < 2 or > 3 || !int.TryParse(parts[1], out var max))
                throw new DomainException($"Критерии, строка {number}: ожидается «Название; максимальный балл; вес», например «Уникальность; 10; 1».", "Criteria");
            var weight = 1m;
            if (parts.Length == 3 && !decimal.TryParse(parts[2].Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out weight))
                throw new DomainException($"Критерии, строка {number}: вес «{parts[2]}» — не число.", "Criteria");
            result.Add(new ContestCriterion(parts[0], max, weight));
        }
        return result;
    }

    public void EnsureStage(ContestStage stage, string action)
    {
        if (Stage != stage) throw new DomainException($"{action} можно на этапе «{stage.Ru()}», а конкурс на этапе «{Stage.Ru()}».");
    }

    /// <summary>Applications close and the expert review starts.</summary>
    public void StartReview()
    {
        EnsureStage(ContestStage.Applications, "Начать экспертизу");
        Stage = ContestStage.Review;
    }

    /// <summary>Results: every application needs at least one juror's complete score; places and awards are written to the applications.</summary>
    public void PublishResults(IReadOnlyList<ContestApplication> applications, IReadOnlyList<ContestScoring.Result> results, string? resultDocument)
    {
        EnsureStage(ContestStage.Review, "Подвести итоги");
        if (string.IsNullOrWhiteSpace(resultDocument)) throw new DomainException("Укажите распоряжение (приказ) об итогах конкурса: номер и дату.", "ResultDocument");
        if (applications.Count == 0) throw new DomainException("В конкурсе нет заявок.");
        var unscored = results.Where(r => r.Scored == 0).Select(r => applications.Single(a => a.Id == r.ApplicationId).Title).ToList();
        if (unscored.Count > 0) throw new DomainException("Не оценены ни одним экспертом: " + string.Join("; ", unscored.Select(t => $"«{t}»")) + ".");
        foreach (var r in results)
        {
            var application = applications.Single(a => a.Id == r.ApplicationId);
            (application.Place, application.AwardTitle) = (r.Rank, ContestScoring.AwardFor(r.Rank));
        }
        ResultDocument = resultDocument.Trim();
        Stage = ContestStage.Results;
    }
}

/// <summary>A juror of a contest (a user account); his organization is excluded from what he scores.</summary>
public class ContestExpert
{
    public int Id { get; set; }
    public int ContestId { get; set; }
    public required string UserId { get; set; }
    public required string FullName { get; set; }
    public int? OrganizationId { get; set; }
}
