using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Programs;

public enum FeedbackAuthor
{
    [Display(Name = "наставник")] Mentor = 0,
    [Display(Name = "наставляемый")] Mentee = 1,
}

/// <summary>Обратная связь of a pair's participant, collected on the schedule the program sets.</summary>
public class PairFeedback
{
    public int Id { get; set; }
    public int PairId { get; internal set; }
    public FeedbackAuthor Author { get; internal set; }
    public DateOnly GivenOn { get; internal set; }
    /// <summary>How useful the work was for him, 1–5.</summary>
    public int Rating { get; internal set; }
    public string? Text { get; internal set; }

    public static PairFeedback Give(MentoringPair pair, FeedbackAuthor author, int rating, string? text, DateOnly today)
    {
        if (pair.Status != PairStatus.Active) throw new DomainException("Обратная связь собирается по парам, закреплённым приказом.");
        if (rating is < 1 or > 5) throw new DomainException("Оценка — от 1 до 5.", "Rating");
        return new PairFeedback { PairId = pair.Id, Author = author, Rating = rating, Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(), GivenOn = today };
    }

    /// <summary>Feedback is due when the last one (or the order) is older than the program's interval.</summary>
    public static bool IsDue(MentoringPair pair, DateOnly? lastFeedback, int everyWeeks, DateOnly today) =>
        pair.Status == PairStatus.Active && everyWeeks > 0 && (lastFeedback ?? pair.OrderDate ?? pair.FormedOn).AddDays(7 * everyWeeks) < today;
}
