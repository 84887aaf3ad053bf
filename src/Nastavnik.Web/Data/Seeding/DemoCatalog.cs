using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;

namespace Nastavnik.Web.Data.Seeding;

/// <summary>The shared catalogue of deficits and the demo territory (Tomsk region, from the documents).</summary>
public static class DemoCatalog
{
    public static readonly (string Name, DeficitGroup Group)[] Deficits =
    [
        ("Знание содержания преподаваемого предмета", DeficitGroup.Subject),
        ("Подготовка обучающихся к ГИА (ОГЭ, ЕГЭ)", DeficitGroup.Subject),
        ("Работа с одарёнными обучающимися, олимпиадная подготовка", DeficitGroup.Subject),
        ("Планирование урока и рабочей программы", DeficitGroup.Methodical),
        ("Формирование функциональной грамотности", DeficitGroup.Methodical),
        ("Оценивание образовательных результатов", DeficitGroup.Methodical),
        ("Проектная и исследовательская деятельность", DeficitGroup.Methodical),
        ("Дисциплина и управление классом", DeficitGroup.Psychological),
        ("Работа с обучающимися с ОВЗ, инклюзия", DeficitGroup.Psychological),
        ("Взаимодействие с родителями", DeficitGroup.Communicative),
        ("Классное руководство и воспитательная работа", DeficitGroup.Psychological),
        ("Профилактика профессионального выгорания", DeficitGroup.Psychological),
        ("Цифровые образовательные ресурсы и платформы", DeficitGroup.Digital),
        ("Дистанционное обучение", DeficitGroup.Digital),
        ("Ведение документации, ФГОС и нормативная база", DeficitGroup.Regulatory),
        ("Подготовка к аттестации", DeficitGroup.Regulatory),
        ("Профориентация и выбор профессии", DeficitGroup.PupilRequest),
        ("Повышение учебной мотивации и успеваемости", DeficitGroup.PupilRequest),
        ("Адаптация в коллективе", DeficitGroup.PupilRequest),
        ("Развитие лидерских качеств, участие в проектах", DeficitGroup.PupilRequest),
    ];

    public static readonly (string Name, MunicipalityKind Kind, string[] Organizations)[] TomskMunicipalities =
    [
        ("Город Томск", MunicipalityKind.UrbanOkrug,
        [
            "МАОУ СОШ № 2 г. Томска", "МАОУ гимназия № 6 г. Томска", "МБОУ лицей № 1 им. А.С. Пушкина г. Томска",
            "МАДОУ детский сад № 13 г. Томска", "МАОУ ДО Дом детского творчества «Искорка»",
            "ОГБПОУ «Томский политехнический техникум»", "ФГБОУ ВО «Томский государственный педагогический университет»",
            "ОГБУ «Региональный центр развития образования»",
        ]),
        ("ЗАТО Северск", MunicipalityKind.Zato,
        [
            "МБОУ «СОШ № 76» ЗАТО Северск", "МАОУ «СОШ № 88» ЗАТО Северск", "МБДОУ «Детский сад № 7» ЗАТО Северск",
            "АО «Сибирский химический комбинат»",
        ]),
        ("Томский район", MunicipalityKind.District,
        [
            "МБОУ «Богашёвская СОШ им. А.И. Федорова» Томского района", "МАОУ «Зональненская СОШ» Томского района",
        ]),
        ("Колпашевский район", MunicipalityKind.District,
        [
            "МАОУ «СОШ № 7» г. Колпашево", "МБДОУ «Детский сад № 3» г. Колпашево",
        ]),
        ("Асиновский район", MunicipalityKind.District, ["МАОУ «СОШ № 1» г. Асино"]),
    ];

    public static OrganizationType GuessType(string name) => name switch
    {
        _ when name.Contains("детский сад", StringComparison.OrdinalIgnoreCase) => OrganizationType.Preschool,
        _ when name.Contains("ДО ", StringComparison.Ordinal) || name.Contains("творчества") => OrganizationType.AdditionalEducation,
        _ when name.Contains("техникум") || name.Contains("колледж") => OrganizationType.College,
        _ when name.Contains("университет") => OrganizationType.University,
        _ when name.StartsWith("АО ") || name.StartsWith("ООО ") => OrganizationType.Enterprise,
        _ when name.Contains("центр развития") => OrganizationType.Authority,
        _ => OrganizationType.School,
    };
}
