using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Roadmaps;

public enum RoadmapLevel
{
    [Display(Name = "региональная")] Region = 0,
    [Display(Name = "муниципальная")] Municipality = 1,
    [Display(Name = "образовательной организации")] Organization = 2,
}

public enum RoadmapStatus
{
    [Display(Name = "проект")] Draft = 0,
    [Display(Name = "утверждена")] Approved = 1,
    [Display(Name = "завершена")] Completed = 2,
}

/// <summary>Дорожная карта of a region, a municipality or an organization: sections of activities with their targets,
/// deadlines and responsible parties, run against its period.</summary>
public class Roadmap
{
    public int Id { get; set; }
    public RoadmapLevel Level { get; set; }
    public int? RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public required string Title { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public RoadmapStatus Status { get; set; }
    /// <summary>How far an actual may fall short of its target and still count as met, in percent ("не более 1 %").</summary>
    public decimal AllowedDeviationPercent { get; set; }
    public string? SourceFileName { get; set; }
    /// <summary>The goal and the tasks (one a line) of the program the document approves with the roadmap.</summary>
    public string? Goal { get; set; }
    public string? Tasks { get; set; }
    /// <summary>The mentorship program the roadmap was attached to on import (its period is the roadmap's).</summary>
    public int? ProgramId { get; set; }
    /// <summary>The roadmap of the level above this one was made for (a municipality's under the region's).</summary>
    public int? ParentId { get; set; }
    /// <summary>The roadmap of the previous period this one continues (the next year's copy with changes).</summary>
    public int? PreviousId { get; set; }
    public ChildRequirement ChildRequirement { get; set; }
    public ChildTemplate ChildTemplate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<RoadmapSection> Sections { get; set; } = [];

    public IEnumerable<RoadmapActivity> Activities => Sections.OrderBy(s => s.Position).SelectMany(s => s.Activities.OrderBy(a => a.Position));

    public IEnumerable<int> Years => Enumerable.Range(PeriodStart.Year, PeriodEnd.Year - PeriodStart.Year + 1);

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Title)) throw new DomainException("Укажите название дорожной карты.", nameof(Title));
        if (PeriodEnd <= PeriodStart) throw new DomainException("Окончание периода дорожной карты должно быть позже начала.", nameof(PeriodEnd));
        if (PeriodEnd.Year - PeriodStart.Year > 10) throw new DomainException("Период дорожной карты — не больше 10 лет.", nameof(PeriodEnd));
        if (AllowedDeviationPercent is < 0 or > 100) throw new DomainException("Допустимое отклонение — от 0 до 100 %.", nameof(AllowedDeviationPercent));
        if (Sections.Sum(s => s.Activities.Count) == 0) throw new DomainException("В дорожной карте нет ни одного мероприятия.");
    }
}

public class RoadmapSection
{
    public int Id { get; set; }
    public int RoadmapId { get; set; }
    public int Position { get; set; }
    public string? Number { get; set; }
    public required string Title { get; set; }
    public string? Stage { get; set; }
    public List<RoadmapActivity> Activities { get; set; } = [];
}
