namespace Nastavnik.Domain.Programs;

/// <summary>A step of a program's own roadmap, generated from a template and editable.</summary>
public class ProgramStep
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public ProgramStage Stage { get; set; }
    public DateOnly DueOn { get; set; }
    public string? Responsible { get; set; }
    public DateOnly? DoneOn { get; set; }
    /// <summary>What proves the step: a record, a note, or a link to a file or page.</summary>
    public string? Evidence { get; set; }
    public string? EvidenceLink { get; set; }

    public bool IsDone => DoneOn is not null;
    public bool IsOverdueOn(DateOnly today) => DoneOn is null && DueOn < today;
}
