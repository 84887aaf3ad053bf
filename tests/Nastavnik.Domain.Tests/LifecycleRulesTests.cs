using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Registries;
using Shouldly;

namespace Nastavnik.Domain.Tests;

/// <summary>The rules of a pair's work and of the program's end, without a database.</summary>
public class LifecycleRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static MentorshipProgram Program() => new() { Id = 1, Name = "П", StartsOn = new(2026, 9, 1), EndsOn = new(2027, 5, 31), Status = ProgramStatus.Active };
    private static MentoringPair Active(int id = 1) => new() { Id = id, ProgramId = 1, MentorId = 10, MenteeId = 20, Status = PairStatus.Active, FormedOn = new(2026, 9, 10), OrderDate = new(2026, 9, 12) };

    private static (Mentor, Mentee) People(int mentorId = 11)
    {
        Person Person(int id, string name, int age) => new() { Id = id, LastName = name, FirstName = "И", BirthDate = Today.AddYears(-age), ConsentState = ConsentState.Valid };
        return (new Mentor { Id = mentorId, PersonId = 100 + mentorId, Person = Person(100 + mentorId, "Наставник", 50), Capacity = 1 },
                new Mentee { Id = 20, PersonId = 200, Person = Person(200, "Наставляемый", 25) });
    }

    [Fact]
    public void APairCompletesOnlyAfterItsFinalMeeting()
    {
        var pair = Active();
        Should.Throw<DomainException>(() => PairRules.Complete(pair, [new PairMeeting { Kind = MeetingKind.Regular }], Today)).Message.ShouldContain("заключительную встречу");
        PairRules.Complete(pair, [new PairMeeting { Kind = MeetingKind.Final }], Today);
        (pair.Status, pair.Outcome, pair.EndedOn).ShouldBe((PairStatus.Ended, PairOutcome.Completed, (DateOnly?)Today));
        Should.Throw<DomainException>(() => PairRules.End(pair, "ещё раз", Today));
    }

    [Theory]
    [InlineData("2027-05-31", "позже 31.05.2027")]
    [InlineData("2028-06-30", "не больше чем на год")]
    public void AnExtensionMovesTheEndForwardWithinAYearAfterTheProgram(string newEnd, string error)
    {
        var pair = Active();
        Should.Throw<DomainException>(() => PairRules.Extend(Program(), pair, DateOnly.Parse(newEnd), Today)).Message.ShouldContain(error);
        PairRules.Extend(Program(), pair, new DateOnly(2027, 8, 31), Today);
        pair.PlannedEndOn.ShouldBe(new DateOnly(2027, 8, 31));
        Should.Throw<DomainException>(() => PairRules.Extend(Program(), pair, new DateOnly(2027, 7, 31), Today)).Message.ShouldContain("позже 31.08.2027");
    }

    [Fact]
    public void AReplacementEndsTheOldPairAndProposesTheSameMenteeWithTheNewMentor()
    {
        var pair = Active();
        pair.PlannedEndOn = new DateOnly(2027, 8, 31);
        var (mentor, mentee) = People();
        var replacement = PairRules.Replace(Program(), pair, mentor, mentee, [pair], "болезнь", Today);
        (pair.Status, pair.Outcome, pair.EndReason).ShouldBe((PairStatus.Ended, PairOutcome.Replaced, "Замена наставника: болезнь"));
        (replacement.Status, replacement.MentorId, replacement.MenteeId, replacement.ReplacesPairId, replacement.PlannedEndOn)
            .ShouldBe((PairStatus.Proposed, 11, 20, (int?)1, (DateOnly?)new DateOnly(2027, 8, 31)));
    }

    [Fact]
    public void AReplacementIsRefusedWithoutAReasonOrWithAMentorWhoCannotBePaired()
    {
        var (mentor, mentee) = People();
        Should.Throw<DomainException>(() => PairRules.Replace(Program(), Active(), mentor, mentee, [], " ", Today)).Message.ShouldContain("причину");
        mentor.Person!.ConsentState = ConsentState.Withdrawn;
        var pair = Active();
        Should.Throw<DomainException>(() => PairRules.Replace(Program(), pair, mentor, mentee, [pair], "болезнь", Today)).Message.ShouldContain("нет действующего согласия");
        pair.Status.ShouldBe(PairStatus.Active, "nothing changes when the replacement is refused");
    }

    [Fact]
    public void APlanTaskWorksOnTheMenteesOwnDeficitAndIsDoneWithAResult()
    {
        Should.Throw<DomainException>(() => DevelopmentPlanTask.Create(Active(), "Урок", 5, [1, 2], Today)).Message.ShouldContain("дефициту");
        var task = DevelopmentPlanTask.Create(Active(), "Урок", 2, [1, 2], Today);
        Should.Throw<DomainException>(() => task.Complete(Today, "", Today)).Message.ShouldContain("результат");
        Should.Throw<DomainException>(() => task.Complete(Today.AddDays(1), "Готово", Today));
        task.Complete(Today, "Готово", Today);
        task.IsOverdueOn(Today.AddDays(10)).ShouldBeFalse();
    }

    [Fact]
    public void FeedbackIsDueWhenTheLastOneIsOlderThanTheProgramsInterval()
    {
        var pair = Active();
        const int weeks = 4;
        PairFeedback.IsDue(pair, null, weeks, Today).ShouldBeTrue("nothing since the order of 12.09");
        PairFeedback.IsDue(pair, new DateOnly(2026, 10, 30), weeks, Today).ShouldBeFalse("23 days ago, within 4 weeks");
        PairFeedback.IsDue(pair, new DateOnly(2026, 10, 20), weeks, Today).ShouldBeTrue("33 days ago");
        PairFeedback.IsDue(pair, null, 0, Today).ShouldBeFalse("0 weeks: the program does not collect feedback");
        Should.Throw<DomainException>(() => PairFeedback.Give(pair, FeedbackAuthor.Mentee, 6, null, Today));
    }

    [Fact]
    public void OnlyParticipantsAreAwarded()
    {
        Should.Throw<DomainException>(() => Award.Grant(Program(), 9, [1, 2], "Грамота", Today, Today)).Message.ShouldContain("участника");
        Should.Throw<DomainException>(() => Award.Grant(Program(), 1, [1, 2], " ", Today, Today));
        Award.Grant(Program(), 1, [1, 2], "Грамота", Today, Today).Title.ShouldBe("Грамота");
    }

    [Fact]
    public void ACaseIsPublishedWhenComplete()
    {
        var c = new PracticeCase { Title = "Кейс", ProgramId = 1, Problem = "П" };
        Should.Throw<DomainException>(() => c.Publish(true, Today)).Message.ShouldBe("Заполните разделы кейса: описание практики, результаты.");
        (c.Solution, c.Results) = ("Р", "Итог");
        Should.Throw<DomainException>(() => c.Publish(false, Today)).Message.ShouldContain("нет пар, завершивших работу");
        c.Publish(true, Today);
        (c.Status, c.PublishedOn).ShouldBe((CaseStatus.Published, (DateOnly?)Today));
    }

    [Theory]
    [InlineData("протокол.exe", "допускаются")]
    [InlineData("", "Выберите файл")]
    public void OnlyDocumentsAreStored(string name, string error) =>
        Should.Throw<DomainException>(() => StoredFile.Create(FileOwner.ProgramStep, 1, name, null, [1], DateTimeOffset.UnixEpoch)).Message.ShouldContain(error);

    [Fact]
    public void AnonymizationErasesWhatIdentifiesThePerson()
    {
        var person = new Person { Id = 7, LastName = "Иванов", FirstName = "Иван", MiddleName = "Иванович", BirthDate = new(2010, 1, 1), Email = "i@x.ru", Phone = "+7", Role = PersonRole.Pupil };
        person.GiveConsent(Today, Consent.DefaultPurpose, "Иванова Мария", "мать", null, Today);
        person.Anonymize();
        (person.FullName, person.BirthDate, person.Email, person.Phone, person.IsArchived).ShouldBe(("Обезличено № 7", (DateOnly?)null, (string?)null, (string?)null, true));
        person.Consents[0].RepresentativeName.ShouldBeNull();
        person.SearchText.ShouldNotContain("иванов");
        person.Role.ShouldBe(PersonRole.Pupil, "what serves statistics stays");
    }

    [Fact]
    public void AConsentLinkIsUsedOnceAndAMinorsNeedsTheParentsRelation()
    {
        var pupil = new Person { Id = 3, LastName = "Петров", FirstName = "Петя", BirthDate = new(2013, 2, 2), Role = PersonRole.Pupil };
        var request = new ConsentRequest { PersonId = 3, Purpose = "Участие" };
        OneTimeLinks.Start(request, OneTimeLinks.Hash("t"), DateTimeOffset.UnixEpoch, ConsentRequest.Lifetime);
        Should.Throw<DomainException>(() => request.Accept(pupil, "Петрова Анна", null, true, DateTimeOffset.UnixEpoch, Today)).Message.ShouldContain("кем вы приходитесь");
        Should.Throw<DomainException>(() => request.Accept(pupil, "Петрова Анна", "мать", false, DateTimeOffset.UnixEpoch, Today)).Message.ShouldContain("Отметьте");
        var consent = request.Accept(pupil, "Петрова Анна", "мать", true, DateTimeOffset.UnixEpoch, Today);
        (consent.RepresentativeName, consent.Purpose, pupil.ConsentState).ShouldBe(("Петрова Анна", "Участие", ConsentState.Valid));
        Should.Throw<DomainException>(() => request.Accept(pupil, "Кто-то", "отец", true, DateTimeOffset.UnixEpoch, Today)).Message.ShouldContain("уже дано");
    }

    [Fact]
    public void AConsentLinkExpiresAndARevokedOneRecordsNothing()
    {
        var pupil = new Person { Id = 3, LastName = "Петров", FirstName = "Петя", BirthDate = new(2013, 2, 2), Role = PersonRole.Pupil };
        var expired = new ConsentRequest { PersonId = 3, Purpose = "Участие" };
        OneTimeLinks.Start(expired, OneTimeLinks.Hash("a"), DateTimeOffset.UnixEpoch, ConsentRequest.Lifetime);
        Should.Throw<DomainException>(() => expired.Accept(pupil, "Петрова Анна", "мать", true, DateTimeOffset.UnixEpoch.AddDays(31), Today))
            .Message.ShouldBe(OneTimeLinks.Expired);
        var revoked = new ConsentRequest { PersonId = 3, Purpose = "Участие" };
        OneTimeLinks.Start(revoked, OneTimeLinks.Hash("b"), DateTimeOffset.UnixEpoch, ConsentRequest.Lifetime);
        OneTimeLinks.Revoke(revoked, DateTimeOffset.UnixEpoch.AddHours(1));
        Should.Throw<DomainException>(() => revoked.Accept(pupil, "Петрова Анна", "мать", true, DateTimeOffset.UnixEpoch.AddHours(2), Today))
            .Message.ShouldBe(OneTimeLinks.NoLongerValid);
        pupil.Consents.ShouldBeEmpty();
    }

    [Fact]
    public void TheLatestTrainingOrInterviewSetsTheMentorsStatus()
    {
        var mentor = new Mentor { Id = 1 };
        Should.Throw<DomainException>(() => MentorPreparation.Record(mentor, PreparationKind.Interview, Today, false, null, Today)).Message.ShouldContain("почему");
        MentorPreparation.Record(mentor, PreparationKind.Interview, Today, false, "не готов к группе", Today);
        mentor.InterviewStatus.ShouldBe(PreparationStatus.Failed);
        MentorPreparation.Record(mentor, PreparationKind.Interview, Today, true, null, Today);
        MentorPreparation.Record(mentor, PreparationKind.Training, Today, true, "36 ч", Today);
        (mentor.TrainingStatus, mentor.InterviewStatus).ShouldBe((PreparationStatus.Passed, PreparationStatus.Passed));
    }
}
