using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Domain.Practices;

public enum CaseStatus
{
    [Display(Name = "черновик")] Draft = 0,
    [Display(Name = "опубликован в банке практик")] Published = 1,
    [Display(Name = "на проверке")] OnReview = 2,
    [Display(Name = "возвращён на доработку")] Returned = 3,
}

/// <summary>Кейс (практика) written from a program or entered directly: the problem, what was done, the results; reviewed
/// (the head of the organization or the level above) and published to the practice bank.</summary>
public class PracticeCase
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int? ProgramId { get; set; }
    public required string Title { get; set; }
    public string? Problem { get; set; }
    public string? Solution { get; set; }
    public string? Results { get; set; }
    public string? Author { get; set; }
    public MentoringForms? Form { get; set; }
    public MentoringFormats? Format { get; set; }
    public MonitoringLevel Level { get; set; } = MonitoringLevel.Organization;
    public string? Subject { get; set; }
    public List<Deficit> Deficits { get; set; } = [];
    public CaseStatus Status { get; set; }
    public string? ReviewComment { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IsEditable => Status is CaseStatus.Draft or CaseStatus.Returned;

    /// <summary>The author sends a complete case for review.</summary>
    public void SubmitForReview(bool programHasCompletedPairs)
    {
        if (!IsEditable) throw new DomainException("Кейс уже " + Status.Ru() + ".");
        EnsureComplete(programHasCompletedPairs);
        (Status, ReviewComment) = (CaseStatus.OnReview, null);
    }

    /// <summary>The reviewer returns the case with what to fix.</summary>
    public void Return(string? comment)
    {
        if (Status != CaseStatus.OnReview) throw new DomainException("Вернуть можно кейс, отправленный на проверку.");
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainException("Напишите, что доработать в кейсе.", "ReviewComment");
        (Status, ReviewComment) = (CaseStatus.Returned, comment.Trim());
    }

    /// <summary>A case goes to the bank when it is complete and the program has results (a pair that finished its work).</summary>
    public void Publish(bool programHasCompletedPairs, DateOnly today)
    {
        if (Status == CaseStatus.Published) throw new DomainException("Кейс уже опубликован.");
        EnsureComplete(programHasCompletedPairs);
        (Status, PublishedOn, ReviewComment) = (CaseStatus.Published, today, null);
    }

    /// <summary>Withdrawn from the bank (and from the public pages) back to a draft.</summary>
    public void Unpublish()
    {
        if (Status != CaseStatus.Published) throw new DomainException("Кейс не опубликован.");
        (Status, PublishedOn) = (CaseStatus.Draft, null);
    }

    private void EnsureComplete(bool programHasCompletedPairs)
    {
        var missing = new[] { (Problem, "проблема (запрос)"), (Solution, "описание практики"), (Results, "результаты") }
            .Where(x => string.IsNullOrWhiteSpace(x.Item1)).Select(x => x.Item2).ToList();
        if (missing.Count > 0) throw new DomainException("Заполните разделы кейса: " + string.Join(", ", missing) + ".");
        if (ProgramId is not null && !programHasCompletedPairs)
            throw new DomainException("Кейс публикуется по итогам: в программе ещё нет пар, завершивших работу.");
    }
}
