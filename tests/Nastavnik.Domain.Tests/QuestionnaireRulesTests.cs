using Nastavnik.Domain.Common;
using Nastavnik.Domain.Questionnaires;
using Shouldly;

namespace Nastavnik.Domain.Tests;

public class QuestionnaireRulesTests
{
    private static readonly Questionnaire Preference = QuestionnaireTemplates.Create(QuestionnaireKind.Preference, 1, ["Иванова А. П.", "Петров С. И.", "Сидорова Е. В."]);

    private static IReadOnlyList<string> Check(Questionnaire q, params (string Key, string[] Values)[] answers) =>
        q.Validate(answers.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Values));

    [Fact]
    public void ARankingIsAnOrderOfDistinctCandidates()
    {
        Check(Preference, ("q1", ["Петров С. И.", "Иванова А. П.", "Сидорова Е. В."])).ShouldBeEmpty();
        Check(Preference, ("q1", ["Петров С. И.", "Петров С. И."])).ShouldContain("Вопрос 1: каждый вариант можно поставить только на одно место.");
        Check(Preference, ("q1", ["Кто-то ещё"])).ShouldHaveSingleItem();
        Check(Preference).ShouldContain("Вопрос 1: ответ обязателен.");
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("10", true)]
    [InlineData("0", false)]
    [InlineData("пять", false)]
    public void ScaleAnswersMustBeInRange(string value, bool ok)
    {
        var q = QuestionnaireTemplates.Create(QuestionnaireKind.Assessment, 1);
        var answers = q.Questions.ToDictionary(x => x.Key, _ => (IReadOnlyList<string>)["5"]);
        answers["q1"] = [value];
        (q.Validate(answers).Count == 0).ShouldBe(ok);
    }

    [Fact]
    public void ChoiceQuestionsNeedAtLeastTwoOptions()
    {
        var q = new Questionnaire { Title = "Своя" };
        Should.Throw<DomainException>(() => q.AddQuestion("Один вариант?", QuestionType.Single, ["да"], true));
        q.AddQuestion("Формат?", QuestionType.Single, ["очно", "онлайн", "очно"], true);
        q.Questions.Single().Options.ShouldBe(["очно", "онлайн"]);
    }

    [Fact]
    public void AnInvitationIsAnsweredOnce()
    {
        var invitation = new QuestionnaireInvitation();
        OneTimeLinks.Start(invitation, OneTimeLinks.Hash("t"), DateTimeOffset.UtcNow, QuestionnaireInvitation.Lifetime);
        invitation.Answer("{}", DateTimeOffset.UtcNow);
        Should.Throw<DomainException>(() => invitation.Answer("{}", DateTimeOffset.UtcNow)).Message.ShouldContain("уже заполнена");
    }

    [Fact]
    public void AnExpiredOrRevokedInvitationTakesNoAnswers()
    {
        var expired = new QuestionnaireInvitation();
        OneTimeLinks.Start(expired, OneTimeLinks.Hash("e"), DateTimeOffset.UnixEpoch, QuestionnaireInvitation.Lifetime);
        Should.Throw<DomainException>(() => expired.Answer("{}", DateTimeOffset.UnixEpoch.AddDays(91))).Message.ShouldBe(OneTimeLinks.Expired);
        var revoked = new QuestionnaireInvitation();
        OneTimeLinks.Start(revoked, OneTimeLinks.Hash("r"), DateTimeOffset.UnixEpoch, QuestionnaireInvitation.Lifetime);
        OneTimeLinks.Revoke(revoked, DateTimeOffset.UnixEpoch);
        Should.Throw<DomainException>(() => revoked.Answer("{}", DateTimeOffset.UnixEpoch)).Message.ShouldBe(OneTimeLinks.NoLongerValid);
        (expired.Answers, revoked.Answers).ShouldBe((null, null));
    }
}
