using Nastavnik.Domain.Common;

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
    private static readonly string[] PupilNeeds =
    [
        "учёба по отдельным предметам", "подготовка к экзаменам (ОГЭ, ЕГЭ)", "выбор профессии", "проект или исследование",
        "олимпиады и конкурсы", "общение со сверстниками", "уверенность в себе", "привыкнуть к новому классу или школе",
    ];

    /// <summary>The kinds whose questions differ for teachers and for pupils: each has two versions.</summary>
    public static bool HasVersions(QuestionnaireKind kind) =>
        kind is QuestionnaireKind.CandidateMentee or QuestionnaireKind.CandidateMentor or QuestionnaireKind.Assessment;

    /// <param name="candidates">For the preference questionnaire: the mentors (or mentees) to rank after the group meeting.</param>
    /// <param name="audience">For a kind with versions: the teachers' (the default) or the pupils' version.</param>
    public static Questionnaire Create(QuestionnaireKind kind, int organizationId, IReadOnlyList<string>? candidates = null,
        QuestionnaireAudience audience = QuestionnaireAudience.Staff)
    {
        var version = !HasVersions(kind) ? QuestionnaireAudience.Everyone
            : audience == QuestionnaireAudience.Learners ? QuestionnaireAudience.Learners : QuestionnaireAudience.Staff;
        var q = new Questionnaire { OrganizationId = organizationId, Kind = kind, Audience = version, Title = Title(kind, version) };
        if (version == QuestionnaireAudience.Learners) AddPupilQuestions(q);
        else AddQuestions(q, candidates);
        return q;
    }

    /// <summary>The pupils' versions: what a pupil can answer about himself.</summary>
    private static void AddPupilQuestions(Questionnaire q)
    {
        switch (q.Kind)
        {
            case QuestionnaireKind.CandidateMentee:
                q.AddQuestion("В чём вам нужна помощь?", QuestionType.Multiple, PupilNeeds, true);
                q.AddQuestion("Чего вы ждёте от наставника?", QuestionType.Text, [], false);
                q.AddQuestion("Как вам удобнее встречаться?", QuestionType.Single, Formats, true);
                q.AddQuestion("Насколько вам сейчас нужна помощь наставника?", QuestionType.Scale, [], true, 1, 5);
                break;
            case QuestionnaireKind.CandidateMentor:
                q.AddQuestion("В чём вы можете помочь другим ребятам?", QuestionType.Multiple, PupilNeeds, true);
                q.AddQuestion("Скольким ребятам вы готовы помогать одновременно?", QuestionType.Single, ["1", "2", "3"], true);
                q.AddQuestion("Как вам удобнее встречаться?", QuestionType.Multiple, Formats, true);
                q.AddQuestion("Помогали ли вы уже другим (вожатый, помощник учителя, волонтёр)? Расскажите коротко.", QuestionType.Text, [], false);
                break;
            case QuestionnaireKind.Assessment:
                q.AddQuestion("Уверенность в себе на уроках", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Интерес к учёбе", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Умение ставить цели и добиваться их", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Общение с одноклассниками и учителями", QuestionType.Scale, [], true, 1, 10);
                q.AddQuestion("Удовлетворённость школьной жизнью", QuestionType.Scale, [], true, 1, 10);
                break;
        }
    }

    private static void AddQuestions(Questionnaire q, IReadOnlyList<string>? candidates)
    {
        switch (q.Kind)
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
    }

    /// <summary>The template's title; a version says whom it is for.</summary>
    public static string Title(QuestionnaireKind kind, QuestionnaireAudience version) =>
        version == QuestionnaireAudience.Everyone ? Title(kind) : $"{Title(kind)} ({version.Ru()})";

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
