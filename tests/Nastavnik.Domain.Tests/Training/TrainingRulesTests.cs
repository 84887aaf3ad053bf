using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Training;
using Shouldly;

namespace Nastavnik.Domain.Tests.Training;

public class TrainingRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateOnly Start = new(2026, 10, 5), End = new(2026, 10, 30);

    private static TrainingCourse Course(CourseKind kind = CourseKind.AdvancedTraining, int hours = 36) =>
        TrainingCourse.Create(1, null, null, new CourseDetails(kind, " Наставничество в ОО ", " ТОИПКРО ", hours, Start, End));

    private static Person Teacher(PersonRole role = PersonRole.Teacher) => new() { Id = 7, LastName = "Иванова", FirstName = "Мария", Role = role };

    [Theory]
    [InlineData(CourseKind.AdvancedTraining, " ", "ТОИПКРО", 36, "Укажите название программы обучения.")]
    [InlineData(CourseKind.AdvancedTraining, "КПК", "", 36, "Укажите организацию, которая проводит обучение (например, ТОИПКРО).")]
    [InlineData(CourseKind.AdvancedTraining, "КПК", "ТОИПКРО", null, "Укажите объём программы в часах.")]
    [InlineData(CourseKind.AdvancedTraining, "КПК", "ТОИПКРО", 0, "Объём программы — целое число часов от 1 до 2000.")]
    [InlineData(CourseKind.AdvancedTraining, "КПК", "ТОИПКРО", 8, "Программа повышения квалификации — не менее 16 часов.")]
    [InlineData(CourseKind.Retraining, "Переподготовка", "ТОИПКРО", 72, "Программа профессиональной переподготовки — не менее 250 часов.")]
    public void ACourseNeedsItsNameProviderAndHours(CourseKind kind, string name, string provider, int? hours, string message) =>
        Should.Throw<DomainException>(() => TrainingCourse.Create(1, null, null, new CourseDetails(kind, name, provider, hours, Start, End))).Message.ShouldBe(message);

    [Fact]
    public void ACourseEndsAfterItStartsAndKeepsItsIssuedDocumentsInside()
    {
        Should.Throw<DomainException>(() => TrainingCourse.Create(1, null, null, new CourseDetails(CourseKind.Other, "Школа", "РЦО", 8, End, Start)))
            .Field.ShouldBe("EndsOn");
        var course = Course();
        (course.Name, course.Provider, course.Hours).ShouldBe(("Наставничество в ОО", "ТОИПКРО", 36));
        Should.Throw<DomainException>(() => course.Update(new CourseDetails(CourseKind.Other, "Школа", "РЦО", 8, null, End), null))
            .Message.ShouldBe("Укажите дату начала обучения.");
        Should.Throw<DomainException>(() => course.Update(new CourseDetails(CourseKind.Other, "Школа", "РЦО", 8, Start.AddDays(10), End), Start.AddDays(5)))
            .Message.ShouldContain("уже выдан документ от 10.10.2026");
        course.Update(new CourseDetails(CourseKind.Other, "Школа", "РЦО", 8, Start.AddDays(5), End), Start.AddDays(5));
        course.StartsOn.ShouldBe(Start.AddDays(5));
        Should.Throw<DomainException>(() => TrainingCourse.EnsureCanDelete(1)).Message.ShouldContain("уже выданы документы");
        TrainingCourse.EnsureCanDelete(0);
    }

    [Fact]
    public void APersonIsEnrolledByAnOrderAsAMentorOfTheBaseOrAsAMemberOfStaff()
    {
        var course = Course();
        Should.Throw<DomainException>(() => CourseEnrolment.Enrol(course, Teacher(), TraineeRole.Mentor, false, "412-к", Start, Today))
            .Message.ShouldBe("Иванова Мария: нет в базе наставников — сначала включите в базу наставников.");
        Should.Throw<DomainException>(() => CourseEnrolment.Enrol(course, Teacher(PersonRole.Pupil), TraineeRole.Curator, false, "412-к", Start, Today))
            .Message.ShouldContain("обучающийся");
        Should.Throw<DomainException>(() => CourseEnrolment.Enrol(course, Teacher(), TraineeRole.Curator, false, " ", Start, Today))
            .Message.ShouldBe("Укажите номер приказа о зачислении.");
        Should.Throw<DomainException>(() => CourseEnrolment.Enrol(course, Teacher(), TraineeRole.Curator, false, "412-к", null, Today))
            .Message.ShouldBe("Укажите дату приказа о зачислении.");
        Should.Throw<DomainException>(() => CourseEnrolment.Enrol(course, Teacher(), TraineeRole.Curator, false, "412-к", Today.AddDays(1), Today))
            .Message.ShouldBe("Дата приказа о зачислении не может быть в будущем.");
        Should.Throw<DomainException>(() => CourseEnrolment.Enrol(course, Teacher(), TraineeRole.Curator, false, "412-к", End.AddDays(1), Today))
            .Message.ShouldBe("Приказ от 31.10.2026 издан после окончания обучения (30.10.2026).");
        var e = CourseEnrolment.Enrol(course, Teacher(), TraineeRole.Mentor, true, " 412-к ", Start.AddDays(-10), Today);
        (e.PersonId, e.Role, e.OrderNumber, e.OrderDate, e.IsCompleted).ShouldBe((7, TraineeRole.Mentor, "412-к", Start.AddDays(-10), false));
    }

    [Fact]
    public void AMentorsCompletedCourseMakesHisTrainingPassedWithItsDocument()
    {
        var course = Course();
        var mentor = new Mentor { Id = 3 };
        var e = CourseEnrolment.Enrol(course, Teacher(), TraineeRole.Mentor, true, "412-к", Start, Today);
        Should.Throw<DomainException>(() => e.Complete(course, TrainingDocumentKind.Certificate, "", End, mentor, Today)).Field.ShouldBe("DocumentNumber");
        Should.Throw<DomainException>(() => e.Complete(course, TrainingDocumentKind.Certificate, "702400100", null, mentor, Today)).Field.ShouldBe("DocumentDate");
        Should.Throw<DomainException>(() => e.Complete(course, TrainingDocumentKind.Certificate, "702400100", Today.AddDays(1), mentor, Today))
            .Message.ShouldBe("Дата выдачи документа не может быть в будущем.");
        Should.Throw<DomainException>(() => e.Complete(course, TrainingDocumentKind.Certificate, "702400100", Start.AddDays(-1), mentor, Today))
            .Message.ShouldBe("Документ не может быть выдан раньше начала обучения (05.10.2026).");
        Should.Throw<DomainException>(() => e.Complete(course, TrainingDocumentKind.Certificate, "702400100", End, null, Today)).Message.ShouldContain("нет в базе наставников");
        (e.IsCompleted, mentor.TrainingStatus, mentor.Preparations.Count).ShouldBe((false, PreparationStatus.NotDone, 0));

        e.Complete(course, TrainingDocumentKind.Certificate, "702400100", End, mentor, Today);
        e.Document.ShouldBe("удостоверение о повышении квалификации № 702400100 от 30.10.2026");
        mentor.TrainingStatus.ShouldBe(PreparationStatus.Passed);
        var record = mentor.Preparations.ShouldHaveSingleItem();
        e.Preparation.ShouldBeSameAs(record);
        (record.Kind, record.HeldOn, record.Passed, record.MentorId).ShouldBe((PreparationKind.Training, End, true, 3));
        record.Outcome.ShouldBe("ДПО: повышение квалификации (КПК) «Наставничество в ОО», 36 ч, ТОИПКРО; удостоверение о повышении квалификации № 702400100 от 30.10.2026");
        Should.Throw<DomainException>(() => e.Complete(course, TrainingDocumentKind.Certificate, "1", End, mentor, Today)).Message.ShouldContain("Обучение уже завершено");
        Should.Throw<DomainException>(e.EnsureCanRemove).Message.ShouldContain("Нельзя убрать из программы");
    }

    [Fact]
    public void ACuratorsCompletionWritesNothingIntoTheBaseOfMentors()
    {
        var course = Course(CourseKind.Retraining, 260);
        var e = CourseEnrolment.Enrol(course, Teacher(PersonRole.Manager), TraineeRole.Curator, false, "5", Start, Today);
        e.EnsureCanRemove();
        e.Complete(course, TrainingDocumentKind.Diploma, "ПП-12", End, null, Today);
        (e.IsCompleted, e.Preparation, e.Document).ShouldBe((true, null, "диплом о профессиональной переподготовке № ПП-12 от 30.10.2026"));
    }

    [Fact]
    public void TrainingOncePassedStaysPassedAndTheLatestInterviewCounts()
    {
        var mentor = new Mentor { Id = 1 };
        MentorPreparation.Record(mentor, PreparationKind.Training, Start, false, "не завершил программу", Today);
        mentor.TrainingStatus.ShouldBe(PreparationStatus.Failed);
        MentorPreparation.Record(mentor, PreparationKind.Training, End, true, "Школа наставника, 24 ч", Today);
        MentorPreparation.Record(mentor, PreparationKind.Training, Today, false, "не сдал итоговую работу второго курса", Today);
        mentor.TrainingStatus.ShouldBe(PreparationStatus.Passed);
        MentorPreparation.Record(mentor, PreparationKind.Interview, Start, true, null, Today);
        MentorPreparation.Record(mentor, PreparationKind.Interview, End, false, "не готов к группе", Today);
        mentor.InterviewStatus.ShouldBe(PreparationStatus.Failed);
        mentor.Preparations.Count.ShouldBe(5);
    }
}
