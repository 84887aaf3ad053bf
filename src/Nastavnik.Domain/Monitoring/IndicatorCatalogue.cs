using Nastavnik.Domain.Common;
using System.ComponentModel.DataAnnotations;
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
}

/// <param name="Formula">How the value is obtained, in the words a report prints.</param>
/// <param name="Targets">Targets the documents set, by year (a year missing means none).</param>
public sealed record MetricDefinition(MetricCode Code, IndicatorUnit Unit, MetricSource Source, string Formula, MonitoringLevel[] Levels, IReadOnlyDictionary<int, decimal> Targets, string? Document = null)
{
    public string Name => Code.Ru();

    /// <summary>The target for a year at a level: a share's target holds at every level; a count's (3 000 mentors) is the
    /// region's, as the document that sets it is a regional roadmap. After the last year the last target holds.</summary>
    public decimal? TargetFor(int year, MonitoringLevel level) =>
        Unit != IndicatorUnit.Percent && level != MonitoringLevel.Region ? null
        : Targets.TryGetValue(year, out var t) ? t : Targets.Count > 0 && year > Targets.Keys.Max() ? Targets[Targets.Keys.Max()] : null;
}

/// <summary>The catalogue: each indicator with its formula, unit, levels, source and the documents' targets.</summary>
public static class IndicatorCatalogue
{
    private static readonly MonitoringLevel[] All = [MonitoringLevel.Region, MonitoringLevel.Municipality, MonitoringLevel.Organization];
    private static readonly MonitoringLevel[] Territories = [MonitoringLevel.Region, MonitoringLevel.Municipality];
    private static IReadOnlyDictionary<int, decimal> None => new Dictionary<int, decimal>();

    public static readonly IReadOnlyList<MetricDefinition> Metrics =
    [
        new(MetricCode.Mentors, IndicatorUnit.Count, MetricSource.Computed, "записи базы наставников, включённые до конца периода и не в архиве", All,
            new Dictionary<int, decimal> { [2021] = 500, [2022] = 1000, [2023] = 1800, [2024] = 3000 }, "Иркутская область, п. 4.4"),
        new(MetricCode.Mentees, IndicatorUnit.Count, MetricSource.Computed, "записи базы наставляемых, включённые до конца периода и не в архиве", All,
            new Dictionary<int, decimal> { [2021] = 1500, [2022] = 3000, [2023] = 5000, [2024] = 10000 }, "Иркутская область, п. 4.3"),
        new(MetricCode.Programs, IndicatorUnit.Count, MetricSource.Computed, "программы наставничества, начатые до конца периода, кроме отменённых", All,
            new Dictionary<int, decimal> { [2021] = 100, [2022] = 200, [2023] = 300, [2024] = 500 }, "Иркутская область, п. 4.2"),
        new(MetricCode.ActivePairs, IndicatorUnit.Count, MetricSource.Computed, "пары, закреплённые приказом и не завершённые на конец периода (по формам и форматам)", All, None),
        new(MetricCode.Groups, IndicatorUnit.Count, MetricSource.Computed, "группы (пары с общим названием группы в одной программе), действующие на конец периода", All, None),
        new(MetricCode.YoungTeachersCovered, IndicatorUnit.Percent, MetricSource.Computed,
            "педагоги моложе 35 лет со стажем меньше 3 лет, которые наставляемые в действующей паре, ÷ все такие педагоги × 100", All,
            new Dictionary<int, decimal> { [2022] = 50, [2023] = 50 }, "Богучанский район"),
        new(MetricCode.PupilsInvolved, IndicatorUnit.Percent, MetricSource.Computed,
            "обучающиеся и студенты в действующих парах (наставляемыми или наставниками) ÷ все обучающиеся и студенты в базах × 100", All, None),
        new(MetricCode.OrganizationsWithProgramAndRoadmap, IndicatorUnit.Percent, MetricSource.Computed,
            "образовательные организации с реализуемой или завершённой программой и утверждённой дорожной картой ÷ все образовательные организации × 100", Territories,
            new Dictionary<int, decimal> { [2021] = 40, [2022] = 60, [2023] = 80, [2024] = 100 }, "ЗАТО Северск"),
        new(MetricCode.PreschoolsWithProgramAndRoadmap, IndicatorUnit.Percent, MetricSource.Computed, "то же для дошкольных организаций (ДОУ)", Territories,
            new Dictionary<int, decimal> { [2021] = 40, [2022] = 60, [2023] = 80, [2024] = 100 }, "ЗАТО Северск"),
        new(MetricCode.SchoolsWithProgramAndRoadmap, IndicatorUnit.Percent, MetricSource.Computed, "то же для общеобразовательных организаций (МОУ)", Territories,
            new Dictionary<int, decimal> { [2021] = 40, [2022] = 60, [2023] = 80, [2024] = 100 }, "ЗАТО Северск"),
        new(MetricCode.OrganizationsWithWebsiteSection, IndicatorUnit.Percent, MetricSource.Reported,
            "организации, ответившие в мониторинге, что раздел «Наставничество» с нужными локальными актами есть, ÷ все ответившие × 100", Territories, None, "Богучанский район: мониторинг сайтов ОУ"),
        new(MetricCode.EventsHeld, IndicatorUnit.Count, MetricSource.Reported, "мероприятия, отмеченные проведёнными в календаре системы, плюс те, о которых сообщили организации в мониторинге", All,
            new Dictionary<int, decimal> { [2020] = 1, [2021] = 3, [2022] = 5, [2023] = 7, [2024] = 10 }, "Томская область, раздел 2, п. 4"),
        new(MetricCode.EventParticipants, IndicatorUnit.Count, MetricSource.Reported, "посетившие мероприятия календаря плюс участники, о которых сообщили организации", All, None),
        new(MetricCode.MunicipalitiesInContests, IndicatorUnit.Percent, MetricSource.Reported,
            "муниципалитеты, организации или педагоги которых подали заявку на конкурс года (или сообщили об участии в мониторинге), ÷ все муниципалитеты × 100", [MonitoringLevel.Region],
            new Dictionary<int, decimal> { [2020] = 10, [2021] = 20, [2022] = 30, [2023] = 40, [2024] = 50 }, "Томская область, раздел 3, п. 3"),
        new(MetricCode.Satisfaction, IndicatorUnit.Score, MetricSource.Computed,
            "среднее всех ответов по шкалам анкет личной удовлетворённости участием в программах", All, None, "распоряжение Томской области: мониторинг удовлетворённости"),
        new(MetricCode.AssessmentChange, IndicatorUnit.Score, MetricSource.Computed,
            "среднее по наставляемым изменение оценки по заданным параметрам между первой и последней анкетой (второй этап мониторинга влияния программ)", All, None),
    ];

    public static MetricDefinition Get(MetricCode code) => Metrics.Single(m => m.Code == code);

    public static IEnumerable<MetricDefinition> For(MonitoringLevel level) => Metrics.Where(m => m.Levels.Contains(level));
}
