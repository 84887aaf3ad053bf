using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Training;

namespace Nastavnik.Web.Features.Training;

/// <summary>The course form's fields.</summary>
public sealed class CourseInput
{
    public CourseKind Kind { get; set; }
    public string? Name { get; set; }
    public string? Provider { get; set; }
    public int? Hours { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>The version the user edited (null on creation).</summary>
    public Guid? ConcurrencyStamp { get; set; }

    public CourseDetails ToDetails() => new(Kind, Name, Provider, Hours, StartsOn, EndsOn);

    public static CourseInput From(TrainingCourse c) => new()
    {
        Kind = c.Kind, Name = c.Name, Provider = c.Provider, Hours = c.Hours, StartsOn = c.StartsOn, EndsOn = c.EndsOn, ConcurrencyStamp = c.ConcurrencyStamp,
    };
}

/// <summary>The completion form's fields: the document and its scan.</summary>
public sealed class CompletionInput
{
    public TrainingDocumentKind DocumentKind { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? DocumentDate { get; set; }
}

/// <summary>The course list's filter: search by name or provider, kind, year, level; sorting and paging.</summary>
public sealed class CourseFilter
{
    public const int MaxPageSize = 200;

    public string? Q { get; set; }
    public CourseKind? Kind { get; set; }
    /// <summary>Courses running in this year.</summary>
    public int? Year { get; set; }
    public MonitoringLevel? Level { get; set; }
    /// <summary>name | provider | kind | hours | starts | enrolled | completed</summary>
    public string Sort { get; set; } = "starts";
    public bool Desc { get; set; } = true;
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;

    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    public Dictionary<string, string?> ToRoute(int? page = null, string? sort = null, bool? desc = null) => new()
    {
        ["q"] = Q, ["kind"] = Kind?.ToString(), ["year"] = Year?.ToString(), ["level"] = Level?.ToString(),
        ["sort"] = sort ?? Sort, ["desc"] = (desc ?? Desc) ? "true" : "false", ["page"] = (page ?? SafePage).ToString(),
    };
}

/// <param name="Enrolled">People of the user's scope enrolled (he sees no one else).</param>
/// <param name="Completed">Of them, those who have finished with a document.</param>
public sealed record CourseRow(int Id, string Name, CourseKind Kind, string Provider, int Hours, DateOnly StartsOn, DateOnly EndsOn,
    MonitoringLevel Level, string Owner, int Enrolled, int Completed);

public sealed record EnrolmentRow(int Id, int PersonId, string FullName, string Organization, TraineeRole Role, int? MentorId,
    string OrderNumber, DateOnly OrderDate, TrainingDocumentKind? DocumentKind, string? DocumentNumber, DateOnly? DocumentDate, int? FileId)
{
    public bool IsCompleted => DocumentDate is not null;
}

/// <summary>Who has finished training by a date: the evidence behind «наставников, прошедших обучение» and «кураторов,
/// прошедших КПК». One row per person: his latest training by that date.</summary>
/// <param name="CourseId">The course; null for a mentor's training recorded on his card, not on a course of the system.</param>
/// <param name="Course">The course's name, or what the card's record says (programme, hours).</param>
/// <param name="DocumentNumber">The document's number; null for a training recorded on the mentor's card.</param>
/// <param name="DocumentDate">The document's date (the card record's date): the day training was finished.</param>
/// <param name="FileId">The scan of the document (<c>/files/{id}</c>), if uploaded.</param>
public sealed record TrainedPerson(int PersonId, string FullName, int OrganizationId, string Organization, int? CourseId, string Course,
    CourseKind? Kind, string? DocumentNumber, DateOnly DocumentDate, int? FileId);
