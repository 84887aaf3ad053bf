using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Programs;

/// <summary>Поощрение of a participant at the end of a program (грамота, благодарность, диплом).</summary>
public class Award
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int PersonId { get; set; }
    public required string Title { get; set; }
    public DateOnly AwardedOn { get; set; }

    public static Award Grant(MentorshipProgram program, int personId, IReadOnlyCollection<int> participantPersonIds, string title, DateOnly awardedOn, DateOnly today)
    {
        if (!participantPersonIds.Contains(personId)) throw new DomainException("Поощрить можно только участника этой программы.", "PersonId");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Укажите вид поощрения (например, «Благодарственное письмо»).", "Title");
        if (awardedOn > today) throw new DomainException("Дата поощрения не может быть в будущем.", "AwardedOn");
        return new Award { ProgramId = program.Id, PersonId = personId, Title = title.Trim(), AwardedOn = awardedOn };
    }
}
