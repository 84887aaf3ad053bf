using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Programs;

public enum PairStatus
{
    [Display(Name = "предложена")] Proposed = 0,
    [Display(Name = "закреплена приказом")] Active = 1,
    [Display(Name = "завершена")] Ended = 2,
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
    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }
}
