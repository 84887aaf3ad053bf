using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Domain.Roadmaps;

/// <summary>Whom a roadmap requires to have a roadmap of their own.</summary>
public enum ChildRequirement
{
    [Display(Name = "не требуется")] None = 0,
    [Display(Name = "каждый муниципалитет")] Municipalities = 1,
    [Display(Name = "каждая образовательная организация")] Organizations = 2,
}

/// <summary>What a child roadmap is made from.</summary>
public enum ChildTemplate
{
    [Display(Name = "муниципальная — по образцу дорожной карты ЗАТО Северск")] Municipal = 0,
    [Display(Name = "образовательной организации — 34 шага (распоряжение Томской области)")] School = 1,
    [Display(Name = "профессиональной образовательной организации — 10 шагов")] College = 2,
}

/// <summary>Where the actual of an indicator comes from.</summary>
public enum IndicatorSource
{
    [Display(Name = "вносится вручную")] Manual = 0,
    [Display(Name = "сумма фактов дочерних дорожных карт (мероприятия с тем же кодом)")] ChildrenSum = 1,
    [Display(Name = "число дочерних дорожных карт, где мероприятие с тем же кодом выполнено")] ChildrenDone = 2,
    [Display(Name = "записей в базе наставников на конец года")] MentorRegistry = 3,
    [Display(Name = "записей в базе наставляемых на конец года")] MenteeRegistry = 4,
    [Display(Name = "программ наставничества на конец года")] ProgramRegistry = 5,
    [Display(Name = "организаций с программой наставничества")] OrganizationsWithProgram = 6,
    [Display(Name = "мероприятий проведено за год (календарь системы)")] EventsHeld = 7,
    [Display(Name = "участников мероприятий за год (отмеченных присутствовавшими)")] EventParticipants = 8,
    [Display(Name = "заявок на конкурсы года")] ContestApplications = 9,
    [Display(Name = "участников конкурсов года (заявителей)")] ContestParticipants = 10,
    [Display(Name = "практик опубликовано в банке практик за год")] PracticesPublished = 11,
    [Display(Name = "новостей и публикаций за год")] PublicationsPublished = 12,
    [Display(Name = "наставников, прошедших обучение за год")] MentorsTrained = 13,
    [Display(Name = "кураторов, прошедших КПК за год")] CuratorsTrained = 14,
    [Display(Name = "доля записей баз наставников и наставляемых, обновлённых за последние полгода, %")] RegistriesUpdated = 15,
}

public static class IndicatorSources
{
    public static bool IsComputed(this IndicatorSource source) => source != IndicatorSource.Manual;
    public static bool FromChildren(this IndicatorSource source) => source is IndicatorSource.ChildrenSum or IndicatorSource.ChildrenDone;
    /// <summary>Facts the system records elsewhere (events, contests, practices, news, courses, registries), counted per year
    /// with the list behind the number.</summary>
    public static bool IsFact(this IndicatorSource source) => source >= IndicatorSource.EventsHeld;
    public static bool ByEvents(this IndicatorSource source) => source is IndicatorSource.EventsHeld or IndicatorSource.EventParticipants;
}
