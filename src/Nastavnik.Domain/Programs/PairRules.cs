using Nastavnik.Domain.Common;
using Nastavnik.Domain.Registries;

namespace Nastavnik.Domain.Programs;

/// <summary>Who may be put into a pair of a program, and how a pair changes: the rules of the documents, checked before any pair is saved.</summary>
public static class PairRules
{
    public const string ConsentWithdrawnReason = "Отзыв согласия на обработку персональных данных";

    public static MentoringPair Propose(MentorshipProgram program, Mentor mentor, Mentee mentee, IReadOnlyCollection<MentoringPair> existing, string? groupName, DateOnly today)
    {
        if (program.Status is ProgramStatus.Completed or ProgramStatus.Cancelled)
            throw new DomainException("Программа завершена или отменена: новые пары не формируются.");
        if (mentor.PersonId == mentee.PersonId)
            throw new DomainException("Наставник и наставляемый — один и тот же человек.");
        if (mentor.IsArchived || mentee.IsArchived)
            throw new DomainException("Запись в архиве: включить в пару нельзя.");
        FormRules.EnsureAdmits(program.Form, mentor.Person!, mentee.Person!);
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

    /// <summary>Ends a pair before its time, with the reason.</summary>
    public static void End(MentoringPair pair, string reason, DateOnly today) => Close(pair, reason, PairOutcome.EndedEarly, today);

    /// <summary>The regular end of a pair's work: only after its final meeting.</summary>
    public static void Complete(MentoringPair pair, IReadOnlyCollection<PairMeeting> meetings, DateOnly today)
    {
        if (pair.Status != PairStatus.Active) throw new DomainException("Завершить работу можно только у пары, закреплённой приказом.");
        if (!meetings.Any(m => m.Kind == MeetingKind.Final))
            throw new DomainException("Сначала проведите и запишите заключительную встречу пары.");
        Close(pair, "Программа наставничества завершена", PairOutcome.Completed, today);
    }

    /// <summary>Replaces the mentor of a pair: the old pair ends, a new one for the same mentee is proposed for the next order.</summary>
    public static MentoringPair Replace(MentorshipProgram program, MentoringPair pair, Mentor newMentor, Mentee mentee, IReadOnlyCollection<MentoringPair> existing, string reason, DateOnly today)
    {
        if (pair.Status == PairStatus.Ended) throw new DomainException("Пара уже завершена: заменить наставника нельзя.");
        if (newMentor.Id == pair.MentorId) throw new DomainException("Выберите другого наставника.", "MentorId");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Укажите причину замены наставника.", "Reason");
        var others = existing.Where(p => p.Id != pair.Id).ToList();
        var replacement = Propose(program, newMentor, mentee, others, pair.GroupName, today);
        Close(pair, "Замена наставника: " + reason.Trim(), PairOutcome.Replaced, today);
        replacement.ReplacesPairId = pair.Id;
        replacement.PlannedEndOn = pair.PlannedEndOn;
        return replacement;
    }

    /// <summary>Extends an active pair beyond its planned end (at most a year past the program's end).</summary>
    public static void Extend(MentorshipProgram program, MentoringPair pair, DateOnly newEnd, DateOnly today)
    {
        if (pair.Status != PairStatus.Active) throw new DomainException("Продлить можно только пару, закреплённую приказом.");
        var current = pair.PlannedEndOn ?? program.EndsOn;
        if (newEnd <= current) throw new DomainException($"Новая дата окончания должна быть позже {current:dd.MM.yyyy}.", "PlannedEndOn");
        if (newEnd < today) throw new DomainException("Новая дата окончания не может быть в прошлом.", "PlannedEndOn");
        if (newEnd > program.EndsOn.AddYears(1)) throw new DomainException("Продлить пару можно не больше чем на год после окончания программы.", "PlannedEndOn");
        pair.PlannedEndOn = newEnd;
    }

    private static void Close(MentoringPair pair, string reason, PairOutcome outcome, DateOnly today)
    {
        if (pair.Status == PairStatus.Ended) throw new DomainException("Пара уже завершена.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Укажите причину завершения.", "EndReason");
        pair.Status = PairStatus.Ended;
        pair.EndedOn = today;
        pair.EndReason = reason.Trim();
        pair.Outcome = outcome;
    }
}
