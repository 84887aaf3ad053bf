using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Shouldly;

namespace Nastavnik.Domain.Tests.Monitoring;

/// <summary>The state rules of an organization's answers: fill (validated, a changed computed value needs its reason),
/// the municipality submits and so locks them, the level above returns them for rework.</summary>
public class CampaignResponseTests
{
    private static readonly CampaignQuestion[] Form =
    [
        new("mentors", "Число наставников", AnswerType.Number, Prefill: MetricCode.Mentors),
        new("site", "Есть раздел «Наставничество» на сайте", AnswerType.YesNo),
        new("coverage", "Охват молодых педагогов, %", AnswerType.Percent),
        new("comment", "Комментарий", AnswerType.Text, Required: false),
    ];

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static CampaignResponse Response() => new() { Prefilled = new() { ["mentors"] = "12" } };

    private static Dictionary<string, string?> Answers(string mentors = "12", string site = "да", string coverage = "55,5") =>
        new() { ["mentors"] = mentors, ["site"] = site, ["coverage"] = coverage };

    [Fact]
    public void FilledAnswersAreValidatedAndNamedInRussian()
    {
        var r = Response();
        var error = Should.Throw<DomainException>(() => r.Fill(Form, Answers(mentors: "-1", site: "может быть", coverage: "120"), new Dictionary<string, string?>(), ready: true, Now)).Message;
        error.ShouldContain("«Число наставников»: нужно целое неотрицательное число.");
        error.ShouldContain("«Есть раздел «Наставничество» на сайте»: ответьте «да» или «нет».");
        error.ShouldContain("«Охват молодых педагогов, %»: нужен процент от 0 до 100.");
        r.Status.ShouldBe(ResponseStatus.NotStarted);
        r.Answers.ShouldBeEmpty("nothing is half-saved");

        Should.Throw<DomainException>(() => r.Fill(Form, new Dictionary<string, string?> { ["mentors"] = "12" }, new Dictionary<string, string?>(), ready: true, Now))
            .Message.ShouldContain("«Охват молодых педагогов, %»: ответ обязателен.");
        r.Fill(Form, new Dictionary<string, string?> { ["mentors"] = "12" }, new Dictionary<string, string?>(), ready: false, Now);
        r.Status.ShouldBe(ResponseStatus.Draft, "a draft may be incomplete");
    }

    [Fact]
    public void AChangedComputedValueNeedsItsReason()
    {
        var r = Response();
        Should.Throw<DomainException>(() => r.Fill(Form, Answers(mentors: "14"), new Dictionary<string, string?>(), ready: true, Now))
            .Message.ShouldContain("значение отличается от рассчитанного системой (12) — укажите причину");
        r.Fill(Form, Answers(mentors: "14"), new Dictionary<string, string?> { ["mentors"] = "2 наставника из партнёрского вуза не внесены в базу" }, ready: true, Now);
        (r.Status, r.Answers["mentors"], r.ChangeReasons["mentors"]).ShouldBe((ResponseStatus.Filled, "14", "2 наставника из партнёрского вуза не внесены в базу"));
    }

    [Fact]
    public void SubmittingLocksAndOnlyAReturnWithAReasonReopens()
    {
        var r = Response();
        Should.Throw<DomainException>(() => r.Submit(Now)).Message.ShouldContain("организация ещё не завершила заполнение");
        r.Fill(Form, Answers(), new Dictionary<string, string?>(), ready: true, Now);
        r.Submit(Now);
        r.Status.ShouldBe(ResponseStatus.Submitted);
        Should.Throw<DomainException>(() => r.Fill(Form, Answers(site: "нет"), new Dictionary<string, string?>(), ready: true, Now)).Message.ShouldContain("уже отправлены муниципалитетом");
        Should.Throw<DomainException>(() => r.Return(" ")).Message.ShouldBe("Укажите, что нужно исправить.");
        r.Return("Проверьте охват: в базе 40 %");
        (r.Status, r.ReturnReason, r.SubmittedAt).ShouldBe((ResponseStatus.Draft, "Проверьте охват: в базе 40 %", (DateTimeOffset?)null));
        r.Fill(Form, Answers(coverage: "40"), new Dictionary<string, string?>(), ready: true, Now);
        r.Status.ShouldBe(ResponseStatus.Filled);
        r.ReturnReason.ShouldBeNull();
        Should.Throw<DomainException>(() => new CampaignResponse().Return("нет")).Message.ShouldContain("возвращать нечего");
    }
}
