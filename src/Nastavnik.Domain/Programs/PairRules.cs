using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Domain.Programs;

/// <summary>Who may be put into a pair of a program: the rules of the documents, checked before any pair is saved.</summary>
public static class PairRules
{
    public static MentoringPair Propose(MentorshipProgram program, Mentor mentor, Mentee mentee, IReadOnlyCollection<MentoringPair> existing, string? groupName, DateOnly today)
    {
        if (program.Status is ProgramStatus.Completed or ProgramStatus.Cancelled)
            throw new DomainException("Программа завершена или отменена: новые пары не формируются.");
        if (mentor.PersonId == mentee.PersonId)
            throw new DomainException("Наставник и наставляемый — один и тот же человек.");
        if (mentor.IsArchived || mentee.IsArchived)
            throw new DomainException("Запись в архиве: включить в пару нельзя.");
        mentor.Person!.EnsureCanBePaired(today);
        mentee.Person!.EnsureCanBePaired(today);
        if (program.RequiresMentorPreparation && (mentor.TrainingStatus != PreparationStatus.Passed || mentor.InterviewStatus != PreparationStatus.Passed))
            throw new DomainException($"{mentor.Person.FullName}: программа требует обучения и собеседования наставника, а они не пройдены.");
        var live = existing.Where(p => p.Status != PairStatus.Ended).ToList();
        if (live.Any(p => p.MenteeId == mentee.Id))
            throw new DomainException($"{mentee.Person.FullName} уже в паре этой программы.");
        if (live.Count(p => p.MentorId == mentor.Id) >= mentor.Capacity)
            throw new DomainException($"{mentor.Person.FullName}: все места заняты ({mentor.Capacity}).");
        return new MentoringPair
        {
            ProgramId = program.Id, MentorId = mentor.Id, MenteeId = mentee.Id, GroupName = string.IsNullOrWhiteSpace(groupName) ? null : groupName.Trim(),
            Status = PairStatus.Proposed, FormedOn = today,
        };
    }

    /// <summary>The head's order fixes all proposed pairs at once (приказ о закреплении наставнических пар/групп).</summary>
    public static int FixByOrder(IEnumerable<MentoringPair> pairs, string orderNumber, DateOnly orderDate, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(orderNumber)) throw new DomainException("Укажите номер приказа.", "OrderNumber");
        if (orderDate > today) throw new DomainException("Дата приказа не может быть в будущем.", "OrderDate");
        var proposed = pairs.Where(p => p.Status == PairStatus.Proposed).ToList();
        if (proposed.Count == 0) throw new DomainException("Нет предложенных пар для закрепления.");
        foreach (var p in proposed)
        {
            p.Status = PairStatus.Active;
            p.OrderNumber = orderNumber.Trim();
            p.OrderDate = orderDate;
        }
        return proposed.Count;
    }

    public static void End(MentoringPair pair, string reason, DateOnly today)
    {
        if (pair.Status == PairStatus.Ended) throw new DomainException("Пара уже завершена.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Укажите причину завершения.", "EndReason");
        pair.Status = PairStatus.Ended;
        pair.EndedOn = today;
        pair.EndReason = reason.Trim();
    }
}
