using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Programs;

/// <summary>The kinds of meetings the sample roadmap names (steps 20–25).</summary>
public enum MeetingKind
{
    [Display(Name = "первая, организационная")] Organizational = 0,
    [Display(Name = "вторая, пробная рабочая")] Trial = 1,
    [Display(Name = "встреча-планирование")] Planning = 2,
    [Display(Name = "регулярная")] Regular = 3,
    [Display(Name = "заключительная")] Final = 4,
}

/// <summary>A meeting of a mentor and mentee (or a group).</summary>
public class PairMeeting
{
    public const int InactiveAfterDays = 21;

    public int Id { get; set; }
    public int PairId { get; internal set; }
    public MeetingKind Kind { get; internal set; }
    public DateOnly HeldOn { get; internal set; }
    public int DurationMinutes { get; internal set; }
    public bool Online { get; internal set; }
    public string? Notes { get; internal set; }
    /// <summary>Whether the mentee came (for group meetings every mentee of the group gets a row).</summary>
    public bool Attended { get; internal set; } = true;

    /// <summary>Meetings follow the roadmap: the first is organizational, nothing after the final one, only for pairs fixed by the order.</summary>
    public static PairMeeting Record(MentoringPair pair, IReadOnlyCollection<PairMeeting> earlier, MeetingKind kind, DateOnly heldOn, int minutes, bool online, string? notes, DateOnly today, bool attended = true)
    {
        if (pair.Status != PairStatus.Active)
            throw new DomainException("Встречи записываются только для пар, закреплённых приказом.");
        if (heldOn > today) throw new DomainException("Дата встречи не может быть в будущем.", "HeldOn");
        if (pair.OrderDate is { } order && heldOn < order) throw new DomainException("Встреча не может быть раньше приказа о закреплении пары.", "HeldOn");
        if (minutes is < 5 or > 480) throw new DomainException("Продолжительность встречи — от 5 до 480 минут.", "DurationMinutes");
        if (earlier.Count == 0 && kind != MeetingKind.Organizational)
            throw new DomainException("Первая встреча пары — организационная.", "Kind");
        if (earlier.Any(m => m.Kind == MeetingKind.Final))
            throw new DomainException("Заключительная встреча уже проведена.", "Kind");
        return new PairMeeting { PairId = pair.Id, Kind = kind, HeldOn = heldOn, DurationMinutes = minutes, Online = online, Notes = notes?.Trim(), Attended = attended };
    }
}
