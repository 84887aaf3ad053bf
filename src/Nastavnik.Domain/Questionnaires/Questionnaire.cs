using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;

namespace Nastavnik.Domain.Questionnaires;

public enum QuestionnaireKind
{
    [Display(Name = "Анкета кандидата в наставляемые")] CandidateMentee = 0,
    [Display(Name = "Анкета кандидата в наставники")] CandidateMentor = 1,
    [Display(Name = "Анкета предпочтений после групповой встречи")] Preference = 2,
    [Display(Name = "Личная удовлетворённость участием в программе")] Satisfaction = 3,
    [Display(Name = "Оценка по заданным параметрам (до и после программы)")] Assessment = 4,
    [Display(Name = "Сведения о запросе наставляемого от третьих лиц")] ThirdParty = 5,
    [Display(Name = "Своя анкета")] Custom = 9,
}

/// <summary>Whom a questionnaire's version is for: the candidate questionnaires and the assessment have a teachers' and a
/// pupils' version, chosen by the person's category (a pupil never receives the teachers' one).</summary>
public enum QuestionnaireAudience
{
    [Display(Name = "для всех")] Everyone = 0,
    [Display(Name = "для педагогов")] Staff = 1,
    [Display(Name = "для обучающихся")] Learners = 2,
}

/// <summary>Анкета: a set of questions that participants (or third parties) fill in by a personal link.</summary>
public class Questionnaire
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int? ProgramId { get; set; }
    public required string Title { get; set; }
    public QuestionnaireKind Kind { get; set; }
    public QuestionnaireAudience Audience { get; set; }
    public List<Question> Questions { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The version a person of this category receives: pupils and students the pupils' one, everyone else the teachers'.</summary>
    public static QuestionnaireAudience AudienceOf(PersonRole role) =>
        role is PersonRole.Pupil or PersonRole.Student ? QuestionnaireAudience.Learners : QuestionnaireAudience.Staff;

    public bool IsFor(PersonRole role) => Audience == QuestionnaireAudience.Everyone || Audience == AudienceOf(role);

    public void AddQuestion(string text, QuestionType type, IEnumerable<string> options, bool required, int scaleMin = 1, int scaleMax = 5)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Введите текст вопроса.", "Text");
        var list = options.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToList();
        if (type is QuestionType.Single or QuestionType.Multiple or QuestionType.Ranking && list.Count < 2)
            throw new DomainException("Для вопроса с выбором или ранжированием нужно не меньше двух вариантов.", "Options");
        if (type == QuestionType.Scale && scaleMin >= scaleMax) throw new DomainException("Начало шкалы должно быть меньше конца.", "ScaleMin");
        Questions.Add(new Question($"q{Questions.Count + 1}", text.Trim(), type, type is QuestionType.Text or QuestionType.Scale ? [] : list, required, scaleMin, scaleMax));
    }

    /// <summary>Checks a whole set of answers (question key → chosen values) and reports every problem in Russian.</summary>
    public IReadOnlyList<string> Validate(IReadOnlyDictionary<string, IReadOnlyList<string>> answers)
    {
        var errors = new List<string>();
        var n = 0;
        foreach (var q in Questions)
        {
            n++;
            var given = answers.TryGetValue(q.Key, out var v) ? v.Where(x => !string.IsNullOrWhiteSpace(x)).ToList() : [];
            if (given.Count == 0)
            {
                if (q.Required) errors.Add($"Вопрос {n}: ответ обязателен.");
                continue;
            }
            switch (q.Type)
            {
                case QuestionType.Single when given.Count != 1 || !q.Options.Contains(given[0]):
                    errors.Add($"Вопрос {n}: выберите один вариант из списка.");
                    break;
                case QuestionType.Multiple when given.Any(x => !q.Options.Contains(x)):
                    errors.Add($"Вопрос {n}: выбран вариант, которого нет в списке.");
                    break;
                case QuestionType.Scale when given.Count != 1 || !int.TryParse(given[0], out var s) || s < q.ScaleMin || s > q.ScaleMax:
                    errors.Add($"Вопрос {n}: выберите оценку от {q.ScaleMin} до {q.ScaleMax}.");
                    break;
                case QuestionType.Ranking when given.Count != given.Distinct().Count() || given.Any(x => !q.Options.Contains(x)):
                    errors.Add($"Вопрос {n}: каждый вариант можно поставить только на одно место.");
                    break;
                case QuestionType.Text when given[0].Length > 4000:
                    errors.Add($"Вопрос {n}: ответ длиннее 4000 знаков.");
                    break;
            }
        }
        return errors;
    }
}
