using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Roadmaps;

namespace Nastavnik.Domain.Monitoring;

public enum MonitoringLevel
{
    [Display(Name = "регион")] Region = 0,
    [Display(Name = "муниципалитет")] Municipality = 1,
    [Display(Name = "образовательная организация")] Organization = 2,
}

/// <summary>Where a monitoring indicator's value comes from.</summary>
public enum MetricSource
{
    [Display(Name = "рассчитывается по данным системы")] Computed = 0,
    [Display(Name = "сообщают организации в мониторинге")] Reported = 1,
}

/// <summary>The indicators of monitoring the documents name.</summary>
public enum MetricCode
{
    [Display(Name = "Записей в базе наставников")] Mentors = 0,
    [Display(Name = "Записей в базе наставляемых")] Mentees = 1,
    [Display(Name = "Программ наставничества")] Programs = 2,
    [Display(Name = "Действующих наставнических пар")] ActivePairs = 3,
    [Display(Name = "Наставнических групп")] Groups = 4,
    [Display(Name = "Доля молодых педагогов (до 35 лет, стаж до 3 лет), охваченных наставничеством")] YoungTeachersCovered = 5,
    [Display(Name = "Доля обучающихся и студентов, вовлечённых в наставничество")] PupilsInvolved = 6,
    [Display(Name = "Доля организаций с утверждённой программой и дорожной картой")] OrganizationsWithProgramAndRoadmap = 7,
    [Display(Name = "Доля ДОУ с утверждённой программой и дорожной картой")] PreschoolsWithProgramAndRoadmap = 8,
    [Display(Name = "Доля школ (МОУ) с утверждённой программой и дорожной картой")] SchoolsWithProgramAndRoadmap = 9,
    [Display(Name = "Доля организаций с разделом «Наставничество» на сайте и нужными локальными актами")] OrganizationsWithWebsiteSection = 10,
    [Display(Name = "Проведено мероприятий по наставничеству")] EventsHeld = 11,
    [Display(Name = "Участников мероприятий")] EventParticipants = 12,
    [Display(Name = "Доля муниципалитетов, педагоги которых участвуют в конкурсах")] MunicipalitiesInContests = 13,
    [Display(Name = "Удовлетворённость участников программ (средний балл анкет)")] Satisfaction = 14,
    [Display(Name = "Изменение оценок наставляемых «до → после» (средний прирост, баллы)")] AssessmentChange = 15,
    [Display(Name = "Наставников, прошедших обучение")] MentorsTrained = 16,
    [Display(Name = "Кураторов, прошедших КПК")] CuratorsTrained = 17,
}

/// <param name="Formula">How the value is obtained, in the words a report prints.</param>
/// <param name="Basis">The documents that name the indicator. Targets are not the catalogue's: each territory's come from
/// its own documents (<see cref="TerritoryTarget"/> and its approved roadmap).</param>
public sealed record MetricDefinition(MetricCode Code, IndicatorUnit Unit, MetricSource Source, string Formula, MonitoringLevel[] Levels, string? Basis = null)
{
    public string Name => Code.Ru();

    /// <summary>A share's target holds for every territory below the one that set it; a count's does not (3 000 mentors
    /// is a region's figure, not each school's).</summary>
    public bool Inherits => Unit == IndicatorUnit.Percent;
}

/// <summary>The catalogue: each indicator with its formula, unit, levels, source and the documents that name it.</summary>
public static class IndicatorCatalogue
{
    private static readonly MonitoringLevel[] All = [MonitoringLevel.Region, MonitoringLevel.Municipality, MonitoringLevel.Organization];
    private static readonly MonitoringLevel[] Territories = [MonitoringLevel.Region, MonitoringLevel.Municipality];

    public static readonly IReadOnlyList<MetricDefinition> Metrics =
    [
        new(MetricCode.Mentors, IndicatorUnit.Count, MetricSource.Computed, "записи базы наставников, включённые до конца периода и не в архиве", All, "дорожная карта Иркутской области 2020–2024, п. 4.4"),
        new(MetricCode.Mentees, IndicatorUnit.Count, MetricSource.Computed, "записи базы наставляемых, включённые до конца периода и не в архиве", All, "дорожная карта Иркутской области 2020–2024, п. 4.3"),
        new(MetricCode.Programs, IndicatorUnit.Count, MetricSource.Computed, "программы наставничества, начатые до конца периода, кроме отменённых", All, "дорожная карта Иркутской области 2020–2024, п. 4.2"),
        new(MetricCode.ActivePairs, IndicatorUnit.Count, MetricSource.Computed, "пары, закреплённые приказом и не завершённые на конец периода (по формам и форматам)", All),
        new(MetricCode.Groups, IndicatorUnit.Count, MetricSource.Computed, "группы (пары с общим названием группы в одной программе), действующие на конец периода", All),
        new(MetricCode.YoungTeachersCovered, IndicatorUnit.Percent, MetricSource.Computed,
            "педагоги моложе 35 лет со стажем меньше 3 лет, которые наставляемые в действующей паре, ÷ все такие педагоги × 100", All, "дорожная карта Богучанского района 2022/23"),
        new(MetricCode.PupilsInvolved, IndicatorUnit.Percent, MetricSource.Computed,
            "обучающиеся и студенты в действующих парах (наставляемыми или наставниками) ÷ все обучающиеся и студенты в базах × 100", All),
        new(MetricCode.OrganizationsWithProgramAndRoadmap, IndicatorUnit.Percent, MetricSource.Computed,
            "образовательные организации с реализуемой или завершённой программой и утверждённой дорожной картой ÷ все образовательные организации × 100", Territories, "муниципальная программа ЗАТО Северск 2021–2024"),
        new(MetricCode.PreschoolsWithProgramAndRoadmap, IndicatorUnit.Percent, MetricSource.Computed, "то же для дошкольных организаций (ДОУ)", Territories, "муниципальная программа ЗАТО Северск 2021–2024"),
        new(MetricCode.SchoolsWithProgramAndRoadmap, IndicatorUnit.Percent, MetricSource.Computed, "то же для общеобразовательных организаций (МОУ)", Territories, "муниципальная программа ЗАТО Северск 2021–2024"),
        new(MetricCode.OrganizationsWithWebsiteSection, IndicatorUnit.Percent, MetricSource.Reported,
            "организации, ответившие в мониторинге, что раздел «Наставничество» с нужными локальными актами есть, ÷ все ответившие × 100", Territories, "дорожная карта Богучанского района: мониторинг сайтов ОУ"),
        new(MetricCode.EventsHeld, IndicatorUnit.Count, MetricSource.Reported, "мероприятия, отмеченные проведёнными в календаре системы, плюс те, о которых сообщили организации в мониторинге", All, "дорожная карта Томской области 2020–2024, раздел 2, п. 4"),
        new(MetricCode.EventParticipants, IndicatorUnit.Count, MetricSource.Reported, "посетившие мероприятия календаря плюс участники, о которых сообщили организации", All),
        new(MetricCode.MunicipalitiesInContests, IndicatorUnit.Percent, MetricSource.Reported,
            "муниципалитеты, организации или педагоги которых подали заявку на конкурс года (или сообщили об участии в мониторинге), ÷ все муниципалитеты × 100", [MonitoringLevel.Region], "дорожная карта Томской области 2020–2024, раздел 3, п. 3"),
        new(MetricCode.Satisfaction, IndicatorUnit.Score, MetricSource.Computed,
            "среднее всех ответов по шкалам анкет личной удовлетворённости участием в программах", All, "распоряжение Томской области: мониторинг удовлетворённости"),
        new(MetricCode.AssessmentChange, IndicatorUnit.Score, MetricSource.Computed,
            "среднее по наставляемым изменение оценки по заданным параметрам между первой и последней анкетой (второй этап мониторинга влияния программ)", All),
        new(MetricCode.MentorsTrained, IndicatorUnit.Count, MetricSource.Computed,
            "наставники базы (не в архиве), у которых к концу периода есть пройденное обучение: курс, завершённый с документом, или отметка об обучении", All,
            "дорожная карта Иркутской области 2020–2024, п. 2.3; методические рекомендации (шаги 14–15)"),
        new(MetricCode.CuratorsTrained, IndicatorUnit.Count, MetricSource.Computed,
            "кураторы, завершившие к концу периода курс повышения квалификации с документом (удостоверением)", All, "дорожная карта Иркутской области 2020–2024, п. 2.1"),
    ];

    public static MetricDefinition Get(MetricCode code) => Metrics.Single(m => m.Code == code);

    public static IEnumerable<MetricDefinition> For(MonitoringLevel level) => Metrics.Where(m => m.Levels.Contains(level));
}
