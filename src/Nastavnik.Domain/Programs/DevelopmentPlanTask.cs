using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Programs;

/// <summary>A task of the mentee's personal development plan (индивидуальный план развития), tied to one of his deficits.</summary>
public class DevelopmentPlanTask
{
    public int Id { get; set; }
    public int PairId { get; internal set; }
    public string Title { get; internal set; } = "";
    /// <summary>The mentee's deficit the task works on; closed when the task is done and the pair completes.</summary>
    public int? DeficitId { get; internal set; }
    public DateOnly DueOn { get; internal set; }
    public DateOnly? DoneOn { get; internal set; }
    public string? Result { get; internal set; }

    public bool IsOverdueOn(DateOnly today) => DoneOn is null && DueOn < today;

    public static DevelopmentPlanTask Create(MentoringPair pair, string title, int? deficitId, IReadOnlyCollection<int> menteeDeficitIds, DateOnly dueOn)
    {
        if (pair.Status == PairStatus.Ended) throw new DomainException("Пара завершена: план развития больше не меняется.");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Опишите задачу плана развития.", "Title");
        if (deficitId is { } d && !menteeDeficitIds.Contains(d))
            throw new DomainException("Задача привязывается только к дефициту, который указан у наставляемого.", "DeficitId");
        return new DevelopmentPlanTask { PairId = pair.Id, Title = title.Trim(), DeficitId = deficitId, DueOn = dueOn };
    }

    public void Complete(DateOnly doneOn, string? result, DateOnly today)
    {
        if (DoneOn is not null) throw new DomainException("Задача уже выполнена.");
        if (doneOn > today) throw new DomainException("Дата выполнения не может быть в будущем.", "DoneOn");
        if (string.IsNullOrWhiteSpace(result)) throw new DomainException("Опишите результат выполнения задачи.", "Result");
        DoneOn = doneOn;
        Result = result.Trim();
    }
}
