using Nastavnik.Domain.Common;

namespace Nastavnik.Web.Features.Import;

public sealed record ImportField(string Key, string Title, IReadOnlyList<string> Synonyms);

/// <summary>The registry fields a file's columns can be mapped to, with the Russian headers schools use for them.</summary>
public static class ImportFields
{
    public const string Ignore = "Ignore";

    public static readonly IReadOnlyList<ImportField> All =
    [
        new("FullName", "ФИО", ["фамилия имя отчество", "фио полностью", "фио педагога", "фио работника", "фио обучающегося",
            "ф и о", "ф и о полностью", "ф и о педагога", "ф и о обучающегося", "фамилия имя отчество полностью",
            "фио наставляемого", "фио наставника", "фио участника", "фио ребенка", "фио сотрудника", "ф и о работника", "ф и о участника"]),
        new("LastName", "Фамилия", []),
        new("FirstName", "Имя", []),
        new("MiddleName", "Отчество", []),
        new("BirthDate", "Дата рождения", ["дата рожд", "д р", "др", "дата рождения дд мм гггг", "число месяц год рождения", "дата рождения полностью"]),
        new("Sex", "Пол", []),
        new("Email", "Электронная почта", ["e-mail", "email", "почта", "эл почта", "адрес электронной почты", "адрес эл почты", "электронный адрес"]),
        new("Phone", "Телефон", ["контактный телефон", "мобильный телефон", "тел", "номер телефона", "моб телефон", "телефон контактный"]),
        new("Role", "Категория участника", ["категория лица", "статус", "категория участника программы", "статус участника"]),
        new("Position", "Должность", ["занимаемая должность", "должность по штатному расписанию"]),
        new("Subjects", "Преподаваемые предметы", ["предметы", "предмет", "преподаваемый предмет"]),
        new("TotalExperience", "Общий стаж, лет", ["общий стаж", "стаж общий", "общий стаж работы", "общий трудовой стаж", "стаж работы"]),
        // A school's list with one «Стаж» column means the teaching one (the one mentoring asks about).
        new("TeachingExperience", "Педагогический стаж, лет", ["педагогический стаж", "педстаж", "стаж педагогический", "стаж работы в должности",
            "пед стаж", "пед стаж лет", "стаж педагогической работы", "стаж", "стаж лет"]),
        new("QualificationCategory", "Квалификационная категория", ["категория квалификации", "квалификация", "кв категория", "квалификационная категория педагога"]),
        new("Grade", "Класс", ["класс обучения", "класс группа"]),
        new("Course", "Курс", []),
        new("Specialty", "Специальность", ["профессия специальность"]),
        new("Organization", "Организация", ["оо", "образовательная организация", "наименование оо", "учреждение", "наименование образовательной организации", "школа"]),
        new("Participation", "Участие в программе наставничества", ["роль в программе", "роль в программе наставничества", "участие в наставничестве"]),
        // «Категория» alone: the mentee's category (a column of qualification categories is told by its values: ImportMappings).
        new("MenteeCategory", "Категория наставляемого", ["категория", "категория обучающегося", "категория наставляемых", "категория наставничества"]),
        new("PriorityGroups", "Приоритетные группы", ["приоритетная группа"]),
        new("Deficits", "Профессиональные дефициты", ["дефициты", "запросы", "дефициты запросы"]),
        new("Request", "Запрос наставляемого", ["запрос"]),
        new("Competences", "Компетенции", ["компетенции наставника"]),
        new("Capacity", "Число наставляемых", ["количество наставляемых"]),
        new("ConsentDate", "Дата согласия на обработку ПДн", ["согласие на обработку пдн", "согласие на обработку персональных данных", "дата согласия", "согласие"]),
        new("RepresentativeName", "Законный представитель", ["фио законного представителя", "родитель законный представитель"]),
        new(Ignore, "— не загружать —", ["№", "№ п п", "п п", "номер"]),
    ];

    public static ImportField? Find(string key) => All.FirstOrDefault(f => f.Key == key);

    /// <summary>The field whose title or synonym equals the normalised header, or null.</summary>
    public static string? Recognize(string header) => Recognize(header, All);

    /// <summary>The field of <paramref name="fields"/> whose title or synonym equals the normalised header, or null.</summary>
    public static string? Recognize(string header, IReadOnlyList<ImportField> fields)
    {
        var h = Normalize(header);
        if (h.Length == 0) return Ignore;
        return fields.FirstOrDefault(f => Normalize(f.Title) == h || f.Synonyms.Any(s => Normalize(s) == h))?.Key;
    }

    /// <summary>How many cells of a row are headers of <paramref name="fields"/> (the «№» column not counted).</summary>
    public static int HeaderScore(IEnumerable<string> cells, IReadOnlyList<ImportField> fields) =>
        cells.Count(c => Normalize(c).Length > 0 && Recognize(c, fields) is { } key && key != Ignore);

    public static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant().Replace('ё', 'е');
        if (lower.Trim() is "№" or "№ п/п" or "n") return "№";
        return SearchText.Words(lower);
    }
}
