using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Programs;

public enum PairStatus
{
    [Display(Name = "предложена")] Proposed = 0,
    [Display(Name = "закреплена приказом")] Active = 1,
    [Display(Name = "завершена")] Ended = 2,
}

/// <summary>How a pair ended: the program completed, ended early, or the mentor was replaced.</summary>
public enum PairOutcome
{
    [Display(Name = "—")] None = 0,
    [Display(Name = "программа завершена")] Completed = 1,
    [Display(Name = "завершена досрочно")] EndedEarly = 2,
    [Display(Name = "замена наставника")] Replaced = 3,
}

/// <summary>Наставническая пара (a group is several pairs with one mentor and a group name), fixed by the head's order.</summary>
public class MentoringPair
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int MentorId { get; set; }
    public int MenteeId { get; set; }
    public string? GroupName { get; set; }
    public PairStatus Status { get; internal set; }
    public DateOnly FormedOn { get; internal set; }
    public string? OrderNumber { get; internal set; }
    public DateOnly? OrderDate { get; internal set; }
    /// <summary>Planned end; null means the program's end. Moved later when the pair is extended.</summary>
    public DateOnly? PlannedEndOn { get; internal set; }
    public DateOnly? EndedOn { get; internal set; }
    public string? EndReason { get; internal set; }
    public PairOutcome Outcome { get; internal set; }
    /// <summary>The pair this one replaced (a new mentor for the same mentee).</summary>
    public int? ReplacesPairId { get; internal set; }
}
