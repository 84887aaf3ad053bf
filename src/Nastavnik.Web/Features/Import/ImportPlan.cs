using Nastavnik.Domain.Registries;
using Nastavnik.Web.Features.People;

namespace Nastavnik.Web.Features.Import;

public sealed record ImportError(int Row, string Column, string Message);

public enum Participation { None, Mentor, Mentee }

/// <summary>One valid row, ready to be written.</summary>
public sealed class PlannedRow
{
    public int RowNumber { get; init; }
    public PersonInput Person { get; } = new();
    public Participation Participation { get; set; }
    public MenteeCategory? MenteeCategory { get; set; }
    public PriorityGroups PriorityGroups { get; set; }
    public string? Request { get; set; }
    public string? Competences { get; set; }
    public int Capacity { get; set; } = 1;
    public List<int> DeficitIds { get; } = [];
    public DateOnly? ConsentDate { get; set; }
    public string? RepresentativeName { get; set; }
}

/// <summary>The outcome of validating a whole file: every valid row and every error; written only if there are no errors.</summary>
public sealed class ImportPlan
{
    public List<PlannedRow> Rows { get; } = [];
    public List<ImportError> Errors { get; } = [];
    public int TotalRows { get; init; }
    /// <summary>Category values the system did not know, with the user's choices so far.</summary>
    public IReadOnlyList<UnknownValue> CategoryValues { get; set; } = [];
    public int People => Rows.Count;
    public int Mentors => Rows.Count(r => r.Participation == Participation.Mentor);
    public int Mentees => Rows.Count(r => r.Participation == Participation.Mentee);
    public bool IsValid => Errors.Count == 0;
}

public sealed record ImportResult(int People, int Mentors, int Mentees);
