using Nastavnik.Domain.Common;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Publications;
using Shouldly;

namespace Nastavnik.Domain.Tests.Publications;

/// <summary>Events, the practice bank's review, acts, news and the Russian word stems of the SQLite search.</summary>
public class PublicationRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static EventDetails Seminar(int? capacity = 2, string? place = "СОШ № 76, актовый зал", string? url = null) =>
        new(EventKind.Seminar, "Семинар наставников", "Управление образования", Today.AddDays(5), null, "10:00", place, url, "наставники", capacity, null, true);

    [Fact]
    public void AnEventNeedsAPlaceOrALinkKeepsToItsSeatsAndIsHeldWithItsResultDocument()
    {
        Should.Throw<DomainException>(() => MentoringEvent.Create(1, 2, null, Seminar(place: null))).Message.ShouldBe("Укажите место проведения или ссылку на онлайн-трансляцию.");
        Should.Throw<DomainException>(() => MentoringEvent.Create(1, 2, null, Seminar(place: null, url: "javascript:alert(1)"))).Message.ShouldBe("Ссылка на онлайн-участие должна начинаться с https:// или http://.");
        Should.Throw<DomainException>(() => MentoringEvent.Create(1, 2, null, Seminar(capacity: 0))).Message.ShouldStartWith("Число мест — целое число больше нуля");
        var e = MentoringEvent.Create(1, 2, null, Seminar());
        e.LevelOf().ShouldBe(Domain.Monitoring.MonitoringLevel.Municipality);
        e.EnsureCanRegister(1);
        Should.Throw<DomainException>(() => e.EnsureCanRegister(2)).Message.ShouldBe("Мест нет: зарегистрировано 2 из 2.");
        Should.Throw<DomainException>(() => e.EnsureCanRegister(1, adding: 2)).Message.ShouldBe("Мест не хватит: свободно 1, а выбрано 2.");
        e.EnsureCanRegister(0, adding: 2);
        Should.Throw<DomainException>(() => e.MarkHeld("№ 5", Today)).Message.ShouldBe("Мероприятие ещё не началось (06.03.2026).");
        Should.Throw<DomainException>(() => e.EnsureCanMarkAttendance(Today)).Message.ShouldBe("Посещение отмечается с даты мероприятия (06.03.2026).");
        Should.Throw<DomainException>(() => e.MarkHeld("", Today.AddDays(5))).Message.ShouldBe("Укажите распоряжение (приказ) об итогах мероприятия: номер и дату.");
        e.MarkHeld("распоряжение № 5 от 06.03.2026", Today.AddDays(5));
        e.Status.ShouldBe(EventStatus.Held);
        Should.Throw<DomainException>(() => e.EnsureCanRegister(0)).Message.ShouldBe("Регистрация закрыта: мероприятие уже проведено.");
    }

    [Fact]
    public void ACaseIsReviewedReturnedAndPublished()
    {
        var c = new PracticeCase { Title = "Практика", Problem = "Уходят молодые педагоги" };
        Should.Throw<DomainException>(() => c.SubmitForReview(true)).Message.ShouldBe("Заполните разделы кейса: описание практики, результаты.");
        (c.Solution, c.Results) = ("Открытые уроки", "Остались все");
        c.SubmitForReview(true);
        c.IsEditable.ShouldBeFalse();
        Should.Throw<DomainException>(() => c.Return(" ")).Message.ShouldBe("Напишите, что доработать в кейсе.");
        c.Return("Добавьте цифры");
        (c.Status, c.ReviewComment, c.IsEditable).ShouldBe((CaseStatus.Returned, "Добавьте цифры", true));
        c.SubmitForReview(true);
        c.Publish(true, Today);
        (c.Status, c.PublishedOn, c.ReviewComment).ShouldBe((CaseStatus.Published, (DateOnly?)Today, (string?)null));
        c.Unpublish();
        (c.Status, c.PublishedOn).ShouldBe((CaseStatus.Draft, (DateOnly?)null));
    }

    [Fact]
    public void ActsNewsAndImagesAreChecked()
    {
        Should.Throw<DomainException>(() => LocalAct.Create(1, 2, 3, 1, "Положение", null, Today.AddDays(1), Today)).Message.ShouldBe("Дата принятия документа не может быть в будущем.");
        var version = new LocalActVersion { Version = 2 };
        version.Publish("head76", DateTimeOffset.UnixEpoch);
        Should.Throw<DomainException>(() => version.Publish("head76", DateTimeOffset.UnixEpoch)).Message.ShouldBe("Редакция 2 уже опубликована.");
        var post = new NewsPost { Title = "", Body = "" };
        Should.Throw<DomainException>(() => post.Edit("Заголовок", new string('я', NewsPost.MaxBodyLength + 1))).Message.ShouldBe("Текст новости длиннее 8000 знаков.");
        Should.Throw<DomainException>(() => StoredFile.Create(FileOwner.NewsImage, 1, "фото.pdf", "application/pdf", "%PDF-1.4 не картинка"u8.ToArray(), DateTimeOffset.UnixEpoch)).Message
            .ShouldBe("Файл «фото.pdf» — не изображение: для новости подходят JPEG и PNG.");
        StoredFile.Create(FileOwner.NewsImage, 1, "фото.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], DateTimeOffset.UnixEpoch).Length.ShouldBe(9);
    }

    [Theory]
    [InlineData("приказ.pdf", "MZ\u0090 исполняемый файл")]
    [InlineData("отчёт.docx", "%PDF-1.4")]
    [InlineData("фото.jpg", "<svg onload=alert(1)>")]
    [InlineData("список.txt", "a\0b")]
    public void UploadsAreCheckedByContentNotByName(string name, string content) =>
        Should.Throw<DomainException>(() => StoredFile.Create(FileOwner.Event, 1, name, null, System.Text.Encoding.UTF8.GetBytes(content), DateTimeOffset.UnixEpoch)).Message
            .ShouldBe($"Файл «{name}»: содержимое не соответствует расширению {Path.GetExtension(name)} (файлы проверяются по содержимому, а не по имени).");

    [Theory]
    [InlineData("наставника", "наставник")]
    [InlineData("Наставники", "наставник")]
    [InlineData("наставничества", "наставничеств")]
    [InlineData("педагогов", "педагог")]
    [InlineData("уроки", "урок")]
    [InlineData("стаж", "стаж")]
    [InlineData("года", "год")]
    public void TheSqliteSearchCutsRussianEndings(string word, string stem) => SearchText.Stem(word).ShouldBe(stem);
}
