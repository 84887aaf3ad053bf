using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Practices;

public enum CaseStatus
{
    [Display(Name = "черновик")] Draft = 0,
    [Display(Name = "опубликован в банке практик")] Published = 1,
}

/// <summary>Кейс (практика) written from a program: the problem, what was done, the results; published to the practice bank.</summary>
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
    public CaseStatus Status { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>A case goes to the bank when it is complete and the program has results (a pair that finished its work).</summary>
    public void Publish(bool programHasCompletedPairs, DateOnly today)
    {
        if (Status == CaseStatus.Published) throw new DomainException("Кейс уже опубликован.");
        var missing = new[] { (Problem, "проблема (запрос)"), (Solution, "описание практики"), (Results, "результаты") }
            .Where(x => string.IsNullOrWhiteSpace(x.Item1)).Select(x => x.Item2).ToList();
        if (missing.Count > 0) throw new DomainException("Заполните разделы кейса: " + string.Join(", ", missing) + ".");
        if (ProgramId is not null && !programHasCompletedPairs)
            throw new DomainException("Кейс публикуется по итогам: в программе ещё нет пар, завершивших работу.");
        Status = CaseStatus.Published;
        PublishedOn = today;
    }
}
