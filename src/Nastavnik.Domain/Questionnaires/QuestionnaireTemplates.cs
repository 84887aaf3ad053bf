namespace Nastavnik.Domain.Questionnaires;

/// <summary>Ready question sets for the questionnaires the documents name (Tomsk order 003, Seversk program 002).</summary>
public static class QuestionnaireTemplates
{
    private static readonly string[] Difficulties =
    [
        "планирование уроков и рабочей программы", "дисциплина и управление классом", "работа с родителями", "подготовка к ГИА",
        "работа с детьми с ОВЗ", "цифровые образовательные ресурсы", "ведение документации", "подготовка к аттестации",
    ];
    private static readonly string[] Formats = ["один на один", "в группе", "онлайн", "короткие встречи по запросу (флэш)"];

    /// <param name="candidates">For the preference questionnaire: the mentors (or mentees) to rank after the group meeting.</param>
    public static Questionnaire Create(QuestionnaireKind kind, int organizationId, IReadOnlyList<string>? candidates = null)
    {
        var q = new Questionnaire { OrganizationId = organizationId, Kind = kind, Title = Title(kind) };
        switch (kind)
        {
            case QuestionnaireKind.CandidateMentee:
                q.AddQuestion("С какими профессиональными затруднениями вы сталкиваетесь?", QuestionType.Multiple, Difficulties, true);
                q.AddQuestion("Чего вы ждёте от наставника?", QuestionType.Text, [], false);
                q.AddQuestion("Какой формат работы вам удобен?", QuestionType.Single, Formats, true);
                q.AddQuestion("Насколько вам сейчас нужна помощь наставника?", QuestionType.Scale, [], true, 1, 5);
                break;
            case QuestionnaireKind.CandidateMentor:
                q.AddQuestion("В чём вы можете помочь коллегам?", QuestionType.Multiple, Difficulties, true);
                q.AddQuestion("Сколько наставляемых вы готовы сопровождать одновременно?", QuestionType.Single, ["1", "2", "3", "4–5"], true);
                q.AddQuestion("Какой формат работы вам удобен?", QuestionType.Multiple, Formats, true);
                q.AddQuestion("Был ли у вас опыт наставничества? Расскажите коротко.", QuestionType.Text, [], false);
                break;
            case QuestionnaireKind.Preference:
                var names = candidates is { Count: >= 2 } ? candidates : ["Кандидат 1", "Кандидат 2"];
                q.AddQuestion("Расположите кандидатов в порядке предпочтения (первый — самый желательный).", QuestionType.Ranking, names, true);
                q.AddQuestion("Есть ли человек, с которым вы не хотели бы работать в паре?", QuestionType.Text, [], false);
                break;
            case QuestionnaireKind.Satisfaction:
                q.AddQuestion("Насколько вы удовлетворены участием в программе наставничества?", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Насколько полезными были встречи с наставником (наставляемым)?", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Насколько оправдались ваши ожидания?", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Хотели бы вы продолжить работу в программе?", QuestionType.Single, ["да", "нет", "затрудняюсь ответить"], true);
                q.AddQuestion("Что стоит изменить в программе?", QuestionType.Text, [], false);
                break;
            case QuestionnaireKind.Assessment:
                q.AddQuestion("Уверенность в проведении уроков", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Умение работать с классом и дисциплиной", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Взаимодействие с родителями", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Использование цифровых ресурсов", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Удовлетворённость профессией", QuestionType.Scale, [], true, 1, 10);
                break;
            case QuestionnaireKind.ThirdParty:
                q.AddQuestion("Какая помощь, на ваш взгляд, нужна наставляемому?", QuestionType.Text, [], true);
                q.AddQuestion("Какие сильные стороны вы замечаете?", QuestionType.Text, [], false);
                q.AddQuestion("Насколько срочно нужна поддержка?", QuestionType.Scale, [], true, 1, 5);
                break;
        }
        return q;
    }

    public static string Title(QuestionnaireKind kind) => kind switch
    {
        QuestionnaireKind.CandidateMentee => "Анкета кандидата в наставляемые",
        QuestionnaireKind.CandidateMentor => "Анкета кандидата в наставники",
        QuestionnaireKind.Preference => "Анкета предпочтений после групповой встречи",
        QuestionnaireKind.Satisfaction => "Анкета личной удовлетворённости участием в программе наставничества",
        QuestionnaireKind.Assessment => "Оценка по заданным параметрам",
        QuestionnaireKind.ThirdParty => "Сведения о запросе наставляемого (классный руководитель, психолог, родитель)",
        _ => "Анкета",
    };
}
