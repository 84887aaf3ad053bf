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
    public PairStatus Status { get; set; }
    public DateOnly FormedOn { get; set; }
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    /// <summary>Planned end; null means the program's end. Moved later when the pair is extended.</summary>
    public DateOnly? PlannedEndOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }
    public PairOutcome Outcome { get; set; }
    /// <summary>The pair this one replaced (a new mentor for the same mentee).</summary>
    public int? ReplacesPairId { get; set; }
}
