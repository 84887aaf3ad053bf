using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Contests;

/// <summary>Заявка: a mentor's or an organization's application to a nomination, with its files.</summary>
public class ContestApplication
{
    public int Id { get; set; }
    public int ContestId { get; set; }
    public required string Nomination { get; set; }
    public required string Title { get; set; }
    public required string ApplicantName { get; set; }
    /// <summary>The mentor who applies (null when an organization applies).</summary>
    public int? PersonId { get; set; }
    public int OrganizationId { get; set; }
    public int MunicipalityId { get; set; }
    public string? Summary { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public int? Place { get; set; }
    public string? AwardTitle { get; set; }

    public static ContestApplication Submit(Contest contest, string nomination, string title, string applicantName, int? personId,
        int organizationId, int municipalityId, string? summary, DateOnly today, DateTimeOffset now)
    {
        contest.EnsureStage(ContestStage.Applications, "Подать заявку");
        if (today > contest.ApplicationsUntil) throw new DomainException($"Приём заявок закончился {contest.ApplicationsUntil:dd.MM.yyyy}.");
        var chosen = contest.Nominations.FirstOrDefault(n => string.Equals(n, nomination?.Trim(), StringComparison.CurrentCultureIgnoreCase))
            ?? throw new DomainException("Выберите номинацию конкурса.", "Nomination");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Укажите название работы (практики).", "Title");
        if (string.IsNullOrWhiteSpace(applicantName)) throw new DomainException("Укажите участника: наставника или организацию.", "ApplicantName");
        return new ContestApplication
        {
            ContestId = contest.Id, Nomination = chosen, Title = title.Trim(), ApplicantName = applicantName.Trim(), PersonId = personId,
            OrganizationId = organizationId, MunicipalityId = municipalityId, Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(), SubmittedAt = now,
        };
    }
}

/// <summary>An application given to a juror, and his scores by criterion (in the contest's criteria order).</summary>
public class ContestAssignment
{
    public int Id { get; set; }
    public int ContestId { get; set; }
    public int ApplicationId { get; set; }
    public int ExpertId { get; set; }
    public List<decimal> Scores { get; set; } = [];
    public string? Comment { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>A juror never scores an application of his own organization (conflict of interest).</summary>
    public static ContestAssignment Assign(ContestExpert expert, ContestApplication application)
    {
        if (expert.OrganizationId is { } own && own == application.OrganizationId)
            throw new DomainException($"Конфликт интересов: эксперт {expert.FullName} работает в организации участника заявки «{application.Title}» и не может её оценивать.");
        return new ContestAssignment { ContestId = application.ContestId, ApplicationId = application.Id, ExpertId = expert.Id };
    }

    /// <summary>Scores every criterion within its scale; only during the expert review.</summary>
    public void Score(Contest contest, IReadOnlyList<decimal?> values, string? comment, DateTimeOffset now)
    {
        contest.EnsureStage(ContestStage.Review, "Оценивать заявки");
        if (values.Count != contest.Criteria.Count) throw new DomainException("Оцените заявку по всем критериям.");
        for (var i = 0; i < values.Count; i++)
        {
            var c = contest.Criteria[i];
            if (values[i] is not { } v) throw new DomainException($"Критерий «{c.Name}»: поставьте балл от 0 до {c.MaxScore}.", $"Scores[{i}]");
            if (v < 0 || v > c.MaxScore || decimal.Round(v) != v) throw new DomainException($"Критерий «{c.Name}»: балл {v} вне шкалы — целое число от 0 до {c.MaxScore}.", $"Scores[{i}]");
        }
        Scores = values.Select(v => v!.Value).ToList();
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        SubmittedAt = now;
    }

    public decimal? Total(Contest contest) => SubmittedAt is null ? null : TotalOf(contest, Scores);

    /// <summary>Σ weight × score over the contest's criteria; none until every criterion is scored.</summary>
    public static decimal? TotalOf(Contest contest, IReadOnlyList<decimal> scores) =>
        scores.Count != contest.Criteria.Count ? null : contest.Criteria.Select((c, i) => c.Weight * scores[i]).Sum();
}
