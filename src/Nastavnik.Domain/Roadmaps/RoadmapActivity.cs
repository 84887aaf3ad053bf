using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Roadmaps;

public enum ActivityStatus
{
    [Display(Name = "запланировано")] Planned = 0,
    [Display(Name = "выполняется")] InProgress = 1,
    [Display(Name = "выполнено")] Done = 2,
    [Display(Name = "отменено")] Cancelled = 3,
}

/// <summary>Мероприятие дорожной карты: as printed (number, title, result, responsible, the deadline text) and as it runs
/// (due dates, indicators with actuals per year, status, comment).</summary>
public class RoadmapActivity
{
    public int Id { get; set; }
    public int RoadmapId { get; set; }
    public Roadmap? Roadmap { get; set; }
    public int SectionId { get; set; }
    public int Position { get; set; }
    public string? Number { get; set; }
    public required string Title { get; set; }
    /// <summary>Links the activity to the same activity of the roadmaps below (for sums and counts over them).</summary>
    public string? Code { get; set; }
    public string? ResultForm { get; set; }
    public string? ExpectedResult { get; set; }
    /// <summary>The deadline as the document says it; the due dates below are read from it.</summary>
    public string? ScheduleText { get; set; }
    /// <summary>The deadline was not (fully) understood: a person must set the dates.</summary>
    public bool ScheduleNeedsReview { get; set; }
    public string? ScheduleNote { get; set; }
    public string? Responsible { get; set; }
    public string? RegionalExecutors { get; set; }
    public string? OrganizationExecutors { get; set; }
    public ActivityStatus Status { get; set; }
    public string? Comment { get; set; }
    /// <summary>The version of the activity: its status, comment and indicator settings are edited by several people.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<ActivityDueDate> DueDates { get; set; } = [];
    public List<ActivityIndicator> Indicators { get; set; } = [];

    public string? AllResponsible => string.Join("; ", new[] { Responsible, RegionalExecutors, OrganizationExecutors }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } s ? s : null;

    public bool IsOverdueOn(DateOnly today) => Status is not (ActivityStatus.Done or ActivityStatus.Cancelled) && DueDates.Any(d => d.DoneOn is null && d.DueOn < today);
}

public class ActivityDueDate
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}
