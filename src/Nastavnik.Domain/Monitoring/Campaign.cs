using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Monitoring;

public enum CampaignKind
{
    [Display(Name = "промежуточный")] Intermediate = 0,
    [Display(Name = "ежегодный")] Annual = 1,
    [Display(Name = "итоговый")] Final = 2,
}

public enum AnswerType
{
    [Display(Name = "число")] Number = 0,
    [Display(Name = "процент")] Percent = 1,
    [Display(Name = "да / нет")] YesNo = 2,
    [Display(Name = "текст")] Text = 3,
}

/// <summary>A question of a campaign's form; <see cref="Prefill"/> fills it with the organization's computed value.</summary>
public sealed record CampaignQuestion(string Key, string Text, AnswerType Type, bool Required = true, MetricCode? Prefill = null);

/// <summary>Where an organization's answers stand: filled by the organization, checked and submitted by its municipality
/// (locked), reopened by the level above.</summary>
public enum ResponseStatus
{
    [Display(Name = "не заполнено")] NotStarted = 0,
    [Display(Name = "черновик")] Draft = 1,
    [Display(Name = "заполнено, на проверке в муниципалитете")] Filled = 2,
    [Display(Name = "отправлено муниципалитетом")] Submitted = 3,
}

/// <summary>One organization's answers to a monitoring campaign, and the rules of who may change them when.</summary>
public class CampaignResponse
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int OrganizationId { get; set; }
    public int MunicipalityId { get; set; }
    public ResponseStatus Status { get; set; }
    public Dictionary<string, string> Answers { get; set; } = [];
    /// <summary>The computed values the form was pre-filled with, to tell a changed one (which needs a reason).</summary>
    public Dictionary<string, string> Prefilled { get; set; } = [];
    public Dictionary<string, string> ChangeReasons { get; set; } = [];
    public DateTimeOffset? FilledAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? ReturnReason { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The organization saves its answers (as a draft, or as filled for the municipality to check).</summary>
    public void Fill(IReadOnlyList<CampaignQuestion> questions, IReadOnlyDictionary<string, string?> answers, IReadOnlyDictionary<string, string?> reasons, bool ready, DateTimeOffset now)
    {
        if (Status == ResponseStatus.Submitted) throw new DomainException("Ответы уже отправлены муниципалитетом: изменить их можно, только если вышестоящий уровень вернёт их на доработку.");
        var errors = new List<string>();
        var clean = new Dictionary<string, string>();
        var why = new Dictionary<string, string>();
        foreach (var q in questions)
        {
            var value = answers.GetValueOrDefault(q.Key)?.Trim() ?? "";
            if (value.Length == 0)
            {
                if (q.Required && ready) errors.Add($"«{q.Text}»: ответ обязателен.");
                continue;
            }
            if (Check(q, value) is { } problem) { errors.Add($"«{q.Text}»: {problem}"); continue; }
            clean[q.Key] = value;
            if (Prefilled.TryGetValue(q.Key, out var computed) && computed != value)
            {
                var reason = reasons.GetValueOrDefault(q.Key)?.Trim();
                if (string.IsNullOrEmpty(reason)) errors.Add($"«{q.Text}»: значение отличается от рассчитанного системой ({computed}) — укажите причину.");
                else why[q.Key] = reason;
            }
        }
        if (errors.Count > 0) throw new DomainException(string.Join(" ", errors), "Answers");
        (Answers, ChangeReasons) = (clean, why);
        Status = ready ? ResponseStatus.Filled : ResponseStatus.Draft;
        FilledAt = now;
        ReturnReason = null;
    }

    /// <summary>The municipality sends a checked response up; from then on it is locked.</summary>
    public void Submit(DateTimeOffset now)
    {
        if (Status != ResponseStatus.Filled) throw new DomainException("Отправить можно только заполненные ответы: организация ещё не завершила заполнение.");
        Status = ResponseStatus.Submitted;
        SubmittedAt = now;
    }

    /// <summary>The level above returns the answers for rework, with the reason: the municipality a filled response to its
    /// organization, the region a submitted one.</summary>
    public void Return(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Укажите, что нужно исправить.", "Reason");
        if (Status is ResponseStatus.NotStarted or ResponseStatus.Draft) throw new DomainException("Эти ответы ещё не отправлены: возвращать нечего.");
        Status = ResponseStatus.Draft;
        SubmittedAt = null;
        ReturnReason = reason.Trim();
    }

    /// <summary>A number as people answer it: "12", "55,5" or "55.5".</summary>
    public static bool TryNumber(string? value, out decimal number) =>
        decimal.TryParse((value ?? "").Replace('.', ','), NumberStyles.Number, CultureInfo.GetCultureInfo("ru-RU"), out number);

    private static string? Check(CampaignQuestion q, string value) => q.Type switch
    {
        AnswerType.Number => TryNumber(value, out var n) && n >= 0 && n == Math.Floor(n) ? null : "нужно целое неотрицательное число.",
        AnswerType.Percent => TryNumber(value, out var p) && p is >= 0 and <= 100 ? null : "нужен процент от 0 до 100.",
        AnswerType.YesNo => value is "да" or "нет" ? null : "ответьте «да» или «нет».",
        _ => value.Length <= 4000 ? null : "не длиннее 4000 знаков.",
    };
}

/// <summary>Мониторинг opened by a regional or municipal coordinator: a form of questions every educational organization
/// of the territory answers for a period.</summary>
public class MonitoringCampaign
{
    public int Id { get; set; }
    public CampaignKind Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>Opened by the region (all its organizations answer) or by a municipality (its organizations).</summary>
    public MonitoringLevel Level { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int Year { get; set; }
    public DateOnly Deadline { get; set; }
    public bool IsClosed { get; set; }
    public List<CampaignQuestion> Questions { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The questions every campaign asks: the figures the system computes (pre-filled, to confirm or correct with a
    /// reason) and those only an organization knows (its website section, events, contests).</summary>
    public static List<CampaignQuestion> StandardQuestions() =>
    [
        new("mentors", "Записей в базе наставников", AnswerType.Number, Prefill: MetricCode.Mentors),
        new("mentees", "Записей в базе наставляемых", AnswerType.Number, Prefill: MetricCode.Mentees),
        new("pairs", "Действующих наставнических пар", AnswerType.Number, Prefill: MetricCode.ActivePairs),
        new("site", "На сайте есть раздел «Наставничество» с положением, приказами и дорожной картой", AnswerType.YesNo),
        new("events", "Проведено мероприятий по наставничеству за период", AnswerType.Number),
        new("participants", "Участников этих мероприятий", AnswerType.Number),
        new("contests", "Педагоги участвовали в конкурсах для наставников", AnswerType.YesNo),
        new("comment", "Проблемы и предложения", AnswerType.Text, Required: false),
    ];

    public void Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Title)) throw new DomainException("Укажите название мониторинга.", nameof(Title));
        if (Year is < 2000 or > 2100) throw new DomainException("Укажите год мониторинга.", nameof(Year));
        if (Deadline < today) throw new DomainException("Срок сдачи не может быть в прошлом.", nameof(Deadline));
        if (Questions.Count == 0) throw new DomainException("В форме мониторинга нет вопросов.", nameof(Questions));
    }
}
