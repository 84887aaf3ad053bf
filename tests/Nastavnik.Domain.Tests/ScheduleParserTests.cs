using Nastavnik.Domain.Roadmaps;
using Shouldly;

namespace Nastavnik.Domain.Tests;

/// <summary>The deadline texts of the seed roadmaps, read into due dates (dd.MM.yyyy, ';'-separated) inside the period.</summary>
public class ScheduleParserTests
{
    private static readonly DateOnly Start = new(2020, 1, 1), End = new(2024, 12, 31);

    [Theory]
    [InlineData("10.11.2022 г", ScheduleKind.Date, "10.11.2022")]
    [InlineData("До 01.12.2022г", ScheduleKind.Deadline, "01.12.2022")]
    [InlineData("Май 2020", ScheduleKind.Month, "31.05.2020")]
    [InlineData("Август 2020 г.", ScheduleKind.Month, "31.08.2020")]
    [InlineData("Апрель – июнь 2020", ScheduleKind.Month, "30.06.2020")]
    [InlineData("Май - август 2020", ScheduleKind.Month, "31.08.2020")]
    [InlineData("Ноябрь 2022г", ScheduleKind.Month, "30.11.2022")]
    [InlineData("Ежегодно", ScheduleKind.Recurring, "31.12.2020;31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    [InlineData("<p>Ежегодно</p>", ScheduleKind.Recurring, "31.12.2020;31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    [InlineData("Июнь ежегодно", ScheduleKind.Recurring, "30.06.2020;30.06.2021;30.06.2022;30.06.2023;30.06.2024")]
    [InlineData("Ноябрь, апрель ежегодно", ScheduleKind.Recurring, "30.04.2020;30.11.2020;30.04.2021;30.11.2021;30.04.2022;30.11.2022;30.04.2023;30.11.2023;30.04.2024;30.11.2024")]
    [InlineData("Ежегодно 2021-2024 г.г.", ScheduleKind.Recurring, "31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    [InlineData("Ежегодно 2021 – 2024 гг.", ScheduleKind.Recurring, "31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    [InlineData("Ежегодно с 2021 г.", ScheduleKind.Recurring, "31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    [InlineData("В течение года", ScheduleKind.Open, "31.12.2020;31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    [InlineData("В течение всего периода реализации программы", ScheduleKind.Open, "31.12.2024")]
    [InlineData("постоянно", ScheduleKind.Open, "31.12.2024")]
    [InlineData("По планам работы школ", ScheduleKind.Open, "31.12.2024")]
    [InlineData("В соответствии со сроками проведения мероприятий", ScheduleKind.Open, "31.12.2024")]
    [InlineData("Май 2020, далее постоянно", ScheduleKind.Recurring, "31.05.2020;31.12.2024")]
    [InlineData("Август-сентябрь 2021 г., далее – ежегодно до 1 февраля 2024 года", ScheduleKind.Recurring, "30.09.2021;01.02.2022;01.02.2023;01.02.2024")]
    [InlineData("Сентябрь 2021 г., далее – обновление не реже двух раз в год", ScheduleKind.Recurring, "30.09.2021;30.06.2022;31.12.2022;30.06.2023;31.12.2023;30.06.2024;31.12.2024")]
    [InlineData("Март 2022 г., Далее - не реже одного раза в два года", ScheduleKind.Recurring, "31.03.2022;31.12.2023")]
    [InlineData("Октябрь 2020, ежегодно 2021 – 2024 гг.", ScheduleKind.Recurring, "31.10.2020;31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    [InlineData("2021-2024 гг.", ScheduleKind.Recurring, "31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    [InlineData("2022 г. 2024 г.", ScheduleKind.Date, "31.12.2022;31.12.2024")]
    [InlineData("2020 г.", ScheduleKind.Date, "31.12.2020")]
    [InlineData("Ежегодно 2020-2024 г.", ScheduleKind.Recurring, "31.12.2020;31.12.2021;31.12.2022;31.12.2023;31.12.2024")]
    public void SeedDeadlinesBecomeDueDates(string text, ScheduleKind kind, string expected)
    {
        var schedule = ScheduleParser.Parse(text, Start, End);
        schedule.Kind.ShouldBe(kind);
        string.Join(';', schedule.DueDates.Select(d => d.ToString("dd.MM.yyyy"))).ShouldBe(expected);
        schedule.NeedsReview.ShouldBeFalse();
        schedule.Original.ShouldBe(text);
    }

    /// <summary>A rule over the years (a day and month, a month "ежегодно", "в течение года") gives only the dates inside
    /// the period: Boguchany's 2022/23 school year has one 1 December and one June.</summary>
    [Theory]
    [InlineData("До 1 декабря", "01.12.2022")]
    [InlineData("Июнь ежегодно", "30.06.2023")]
    [InlineData("Ноябрь, апрель ежегодно", "30.11.2022;30.04.2023")]
    [InlineData("В течение года", "31.12.2022;31.08.2023")]
    public void ARuleOverTheYearsGivesTheDatesInsideTheSchoolYear(string text, string expected)
    {
        var schedule = ScheduleParser.Parse(text, new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31));
        string.Join(';', schedule.DueDates.Select(d => d.ToString("dd.MM.yyyy"))).ShouldBe(expected);
        schedule.NeedsReview.ShouldBeFalse();
    }

    /// <summary>«в течение учебного года» is due by the end of each school year (31 August) of the period — not once at
    /// its end; a school year named in the text by the end of that one; «ежегодно» and «в течение года» by calendar year.</summary>
    [Theory]
    [InlineData("В течение учебного года", "2022-01-01", "2024-12-31", "31.08.2022;31.08.2023;31.08.2024")]
    [InlineData("ежегодно, в течение учебного года", "2022-01-01", "2024-12-31", "31.08.2022;31.08.2023;31.08.2024")]
    [InlineData("в течение учебного года", "2022-09-01", "2024-08-31", "31.08.2023;31.08.2024")]
    [InlineData("В течение 2023-2024 учебного года", "2022-09-01", "2025-08-31", "31.08.2024")]
    [InlineData("в течение 2023/24 учебного года", "2022-09-01", "2025-08-31", "31.08.2024")]
    [InlineData("В течение 2022-2023 уч. года", "2022-01-01", "2024-12-31", "31.08.2023")]
    [InlineData("в течение уч.г.", "2023-09-01", "2024-08-31", "31.08.2024")]
    [InlineData("В течение учебного года", "2024-09-01", "2025-05-31", "31.05.2025")]
    [InlineData("Ежегодно", "2022-09-01", "2024-08-31", "31.12.2022;31.12.2023;31.08.2024")]
    [InlineData("в течение года", "2023-01-01", "2024-12-31", "31.12.2023;31.12.2024")]
    [InlineData("Сентябрь 2022 г., далее – в течение учебного года", "2022-01-01", "2024-12-31", "30.09.2022;31.08.2023;31.08.2024")]
    public void TheSchoolYearIsDueAtTheEndOfEachSchoolYear(string text, string start, string end, string expected)
    {
        var schedule = ScheduleParser.Parse(text, DateOnly.Parse(start), DateOnly.Parse(end));
        string.Join(';', schedule.DueDates.Select(d => d.ToString("dd.MM.yyyy"))).ShouldBe(expected);
        schedule.NeedsReview.ShouldBeFalse();
    }

    /// <summary>A deadline counted from another event has no date until that event has one: flagged for a person, never
    /// turned into a date (not even the end of the period, as «в течение …» alone would be).</summary>
    [Theory]
    [InlineData("В течение 10 дней после проведения конкурса")]
    [InlineData("в течение 3-х рабочих дней после издания приказа")]
    [InlineData("По окончании курсов повышения квалификации")]
    [InlineData("не позднее 5 дней с момента подписания приказа")]
    [InlineData("Не позднее 30 календарных дней со дня утверждения программы")]
    [InlineData("через две недели после групповой встречи")]
    [InlineData("В 10-дневный срок после заседания")]
    [InlineData("По завершении учебного года")]
    [InlineData("Май 2022, далее — в течение месяца после утверждения плана")]
    public void ADeadlineRelativeToAnotherEventIsFlaggedWithoutADate(string text)
    {
        var schedule = ScheduleParser.Parse(text, Start, End);
        schedule.Kind.ShouldBe(ScheduleKind.Relative);
        schedule.DueDates.ShouldBeEmpty();
        schedule.NeedsReview.ShouldBeTrue();
        schedule.Note!.ShouldContain("от другого события");
    }

    [Theory]
    [InlineData("по согласованию с министерством")]
    [InlineData("Сентябрь")]
    [InlineData("")]
    [InlineData("как получится")]
    public void WhatIsNotUnderstoodIsFlaggedNotGuessed(string text)
    {
        var schedule = ScheduleParser.Parse(text, Start, End);
        schedule.Kind.ShouldBe(ScheduleKind.Unrecognized);
        schedule.DueDates.ShouldBeEmpty();
        schedule.NeedsReview.ShouldBeTrue();
        schedule.Note.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void ADateOutsideThePeriodIsKeptButFlagged()
    {
        var schedule = ScheduleParser.Parse("Декабрь 2025", Start, End);
        schedule.DueDates.ShouldBe([new DateOnly(2025, 12, 31)]);
        schedule.NeedsReview.ShouldBeTrue();
        schedule.Note!.ShouldContain("вне периода");
    }
}
