using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Questionnaires;

public enum RespondentRole
{
    [Display(Name = "сам участник")] Self = 0,
    [Display(Name = "классный руководитель")] ClassTeacher = 1,
    [Display(Name = "психолог")] Psychologist = 2,
    [Display(Name = "родитель (законный представитель)")] Parent = 3,
    [Display(Name = "социальный педагог")] SocialWorker = 4,
}

/// <summary>A personal link to fill a questionnaire about one person, once; the answers are stored with it. Only the hash
/// of its token is kept: the curator sees a link when it is made (or made anew), the participant gets it by hand or opens
/// it from his home page. Revoked when the person withdraws his consent.</summary>
public class QuestionnaireInvitation : IOneTimeLink
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public int Id { get; set; }
    public int QuestionnaireId { get; set; }
    public int? PersonId { get; set; }
    public RespondentRole Respondent { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    /// <summary>The link's use is the answer (not a column of its own).</summary>
    public DateTimeOffset? UsedAt { get => AnsweredAt; set => AnsweredAt = value; }
    /// <summary>JSON: question key → list of chosen values (in rank order for ranking).</summary>
    public string? Answers { get; set; }

    /// <summary>Reads stored answers: question key → chosen values.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ParseAnswers(string json) =>
        (System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json) ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);

    public void Answer(string answersJson, DateTimeOffset now)
    {
        OneTimeLinks.EnsureActive(this, now, "Анкета по этой ссылке уже заполнена. Спасибо!");
        Answers = answersJson;
        AnsweredAt = now;
    }
}
