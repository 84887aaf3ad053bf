using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Roadmaps;

public enum ScheduleKind
{
    [Display(Name = "дата")] Date = 0,
    [Display(Name = "срок «до»")] Deadline = 1,
    [Display(Name = "месяц или период месяцев")] Month = 2,
    [Display(Name = "повторяется")] Recurring = 3,
    [Display(Name = "в течение периода")] Open = 4,
    /// <summary>«в течение 10 дней после …», «по окончании …»: due after an event whose date the document does not give.</summary>
    [Display(Name = "после другого события")] Relative = 5,
    [Display(Name = "не распознано")] Unrecognized = 9,
}

/// <summary>A roadmap's "Сроки" cell turned into due dates. The original text is always kept; anything not understood
/// is flagged for a person to set, never guessed.</summary>
public sealed record Schedule(string Original, ScheduleKind Kind, IReadOnlyList<DateOnly> DueDates, bool NeedsReview, string? Note)
{
    public DateOnly? NextDueOn(DateOnly today) => DueDates.Where(d => d >= today).Cast<DateOnly?>().FirstOrDefault();
}
