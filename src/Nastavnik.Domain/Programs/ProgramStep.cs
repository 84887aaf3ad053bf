namespace Nastavnik.Domain.Programs;

/// <summary>A step of a program's own roadmap, generated from a template and editable.</summary>
public class ProgramStep
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int Number { get; internal set; }
    public string Title { get; internal set; } = "";
    public ProgramStage Stage { get; internal set; }
    public DateOnly DueOn { get; internal set; }
    public string? Responsible { get; internal set; }
    public DateOnly? DoneOn { get; internal set; }
    /// <summary>What proves the step: a record, a note, or a link to a file or page.</summary>
    public string? Evidence { get; internal set; }
    public string? EvidenceLink { get; internal set; }

    public bool IsDone => DoneOn is not null;
    public bool IsOverdueOn(DateOnly today) => DoneOn is null && DueOn < today;
}
