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

/// <summary>A personal link to fill a questionnaire about one person, once; the answers are stored with it.</summary>
public class QuestionnaireInvitation
{
    public int Id { get; set; }
    public int QuestionnaireId { get; set; }
    public int? PersonId { get; set; }
    public RespondentRole Respondent { get; set; }
    public required string Token { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    /// <summary>JSON: question key → list of chosen values (in rank order for ranking).</summary>
    public string? Answers { get; set; }

    /// <summary>Reads stored answers: question key → chosen values.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ParseAnswers(string json) =>
        (System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json) ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);

    public void Answer(string answersJson, DateTimeOffset now)
    {
        if (AnsweredAt is not null) throw new DomainException("Анкета по этой ссылке уже заполнена. Спасибо!");
        Answers = answersJson;
        AnsweredAt = now;
    }
}
