using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Roadmaps.Import;
using Shouldly;

namespace Nastavnik.Domain.Tests.Roadmaps;

/// <summary>Roadmaps as schools and municipalities write them (made up here, not the seeds): targets «2022 – 1» without
/// «г.», school-year and relative deadlines, several parties in a cell, line breaks inside cells, executors in two
/// columns, a program document with its order, goal, tasks and expected results.</summary>
public class SchoolWordingImportTests
{
    private static SourceLine Para(string text) => SourceLine.Paragraph(text, "абзац");
    private static SourceLine Row(params string[] cells) => new(cells, true, "строка");
    private static DraftActivity Activity(RoadmapDraft draft, string number) => draft.Activities.Single(a => a.Number == number);

    private static RoadmapDraft SchoolRoadmap() => RoadmapTableImporter.Parse([
        Para("Утверждена приказом директора МБОУ «СОШ № 7» от «29» августа 2022 г. № 145-о"),
        Para("Дорожная карта\nпо внедрению целевой модели наставничества в МБОУ «СОШ № 7»\nна 2022-2024 годы"),
        Row("№ п/п", "Наименование мероприятия", "Целевой показатель", "Сроки исполнения", "Ответственные"),
        Row("1", "Формирование базы\nнаставников", "Количество наставников: 2022 – 1 2023 - 2 2024 –3", "В течение учебного года", "Харитонова С.И.; куратор"),
        Row("2", "Заседание методического совета по итогам конкурса", "", "в течение 10 дней после проведения конкурса", "МОУО, ОО"),
        Row("3", "Разработка программы наставничества\n(дорожная карта)\nвнедрения модели", "Доля педагогов: 2022 – 20 %, 2023 – 35 %, 2024 – 50 %", "Ежегодно", "Заместитель директора\nПедагог-психолог\nкуратор"),
        Row("4", "Педагогический совет", "Проведён в 2022 – 2024 гг., на 2022-23 уч. год", "Август 2022", "Директор, ответственный за наставничество"),
    ]);

    [Fact]
    public void YearlyTargetsWithoutTheYearWordAreReadYearByYear()
    {
        var draft = SchoolRoadmap();
        Activity(draft, "1").Targets!.ByYear.ShouldBe(new Dictionary<int, decimal> { [2022] = 1, [2023] = 2, [2024] = 3 });
        Activity(draft, "1").Targets!.Description.ShouldBe("Количество наставников");
        var share = Activity(draft, "3").Targets!;
        (share.Unit, share.ByYear[2024]).ShouldBe((IndicatorUnit.Percent, 50m));
        // A range of years and a school year are not targets.
        Activity(draft, "4").Targets.ShouldBeNull();
    }

    [Theory]
    [InlineData("2022 – 1; 2023 – 2; 2024 – 3", "2022=1;2023=2;2024=3")]
    [InlineData("2022 - 15 человек, 2023 - 20 человек", "2022=15;2023=20")]
    [InlineData("2023: 5, 2024: 7", "2023=5;2024=7")]
    [InlineData("2021 г. – 10; 2022 – 12", "2021=10;2022=12")]
    [InlineData("в 2022 году – 5, в 2023 году – 7", "2022=5;2023=7")]
    [InlineData("2022г.-1, 2023г.-2", "2022=1;2023=2")]
    [InlineData("в 2021 – 2024 годах", "")]
    [InlineData("2022-23 учебный год", "")]
    [InlineData("2022/23 уч. год", "")]
    [InlineData("до 01.09.2022 - 3 семинара", "")]
    public void YearTargetsReadsTheYearsOnlyWhereAYearIsGivenAValue(string text, string expected) =>
        string.Join(";", YearTargets.Parse(text, null).ByYear.Select(kv => $"{kv.Key}={kv.Value}")).ShouldBe(expected);

    [Fact]
    public void AnActivityOfTheSchoolYearIsDueEachSchoolYearAndARelativeOneWaitsForItsDate()
    {
        var draft = SchoolRoadmap();
        Activity(draft, "1").Schedule!.DueDates.ShouldBe([new DateOnly(2022, 8, 31), new DateOnly(2023, 8, 31), new DateOnly(2024, 8, 31)]);
        var council = Activity(draft, "2").Schedule!;
        (council.Kind, council.NeedsReview, council.DueDates.Count).ShouldBe((ScheduleKind.Relative, true, 0));

        // The user sets the date when it is known; the text stays as the document has it.
        var set = Activity(draft, "2");
        set.DueOn = new DateOnly(2023, 3, 20);
        set.Interpret(true, draft.PeriodStart, draft.PeriodEnd);
        (set.Schedule!.DueDates.Single(), set.Schedule.NeedsReview, set.ScheduleText).ShouldBe((new DateOnly(2023, 3, 20), false, "в течение 10 дней после проведения конкурса"));
    }

    [Fact]
    public void SeveralPartiesInACellAreAListAndLineBreaksInOtherCellsAreSpaces()
    {
        var draft = SchoolRoadmap();
        Activity(draft, "1").Parties(RoadmapColumn.Responsible).ShouldBe(["Харитонова С.И.", "куратор"]);
        Activity(draft, "2").Parties(RoadmapColumn.Responsible).ShouldBe(["МОУО", "ОО"]);
        Activity(draft, "3").Parties(RoadmapColumn.Responsible).ShouldBe(["Заместитель директора", "Педагог-психолог", "куратор"]);
        // «…, ответственный за …» describes the party before it.
        Activity(draft, "4").Parties(RoadmapColumn.Responsible).ShouldBe(["Директор, ответственный за наставничество"]);
        Activity(draft, "3").Title.ShouldBe("Разработка программы наставничества (дорожная карта) внедрения модели");
        Activity(draft, "1").Title.ShouldBe("Формирование базы наставников");
        (draft.OrderNumber, draft.OrderDate).ShouldBe(("145-о", new DateOnly(2022, 8, 29)));
        draft.Title.ShouldBe("Дорожная карта по внедрению целевой модели наставничества в МБОУ «СОШ № 7» на 2022-2024 годы");
        (draft.StartYear, draft.EndYear).ShouldBe((2022, 2024));
    }

    [Fact]
    public void TheListIsStoredJoinedAndSavedRoadmapKeepsIt()
    {
        var roadmap = DraftToRoadmap.Build(SchoolRoadmap(), RoadmapLevel.Organization, null, null, 7, "карта.docx");
        roadmap.Activities.Select(a => a.Responsible).ShouldBe(["Харитонова С.И.; куратор", "МОУО; ОО", "Заместитель директора; Педагог-психолог; куратор", "Директор, ответственный за наставничество"]);
        ResponsibleParties.Split(roadmap.Activities.ElementAt(2).Responsible).Count.ShouldBe(3);
        var relative = roadmap.Activities.ElementAt(1);
        (relative.DueDates.Count, relative.ScheduleNeedsReview).ShouldBe((0, true));
        roadmap.Activities.First().DueDates.Select(d => d.DueOn).ShouldBe([new DateOnly(2022, 8, 31), new DateOnly(2023, 8, 31), new DateOnly(2024, 8, 31)]);
    }

    [Theory]
    [InlineData("МОУО, ОО", "МОУО|ОО")]
    [InlineData("Харитонова С.И.; куратор", "Харитонова С.И.|куратор")]
    [InlineData("УО\nРЦО\n\nОО, ДО", "УО|РЦО|ОО|ДО")]
    [InlineData("Кураторы внедрения целевой модели (далее – кураторы, методисты), ответственные за корпоративное обучение", "Кураторы внедрения целевой модели (далее – кураторы, методисты), ответственные за корпоративное обучение")]
    [InlineData("МАУ ЗАТО Северск «РЦО, ресурсный центр»", "МАУ ЗАТО Северск «РЦО, ресурсный центр»")]
    [InlineData("Руководитель ОО, куратор, педагог-психолог (по согласованию)", "Руководитель ОО|куратор|педагог-психолог (по согласованию)")]
    [InlineData("", "")]
    public void PartiesAreSplitAtLinesSemicolonsAndCommasBetweenParties(string cell, string expected) =>
        string.Join("|", ResponsibleParties.Split(cell)).ShouldBe(expected);

    /// <summary>The approving order as documents print it; an order the text only cites is not it.</summary>
    [Theory]
    [InlineData("ПРИКАЗ|10.08.2021|№ 279|Об организации работы", "279", "2021-08-10")]
    [InlineData("РАСПОРЯЖЕНИЕ|от 01.02.2023 г. N 45-р|Об утверждении дорожной карты", "45-р", "2023-02-01")]
    [InlineData("Приложение к приказу № 148-02 от 21.11.2022г.|Дорожная карта", "148-02", "2022-11-21")]
    [InlineData("Утверждено приказом директора МБОУ «СОШ № 7» от «29» августа 2022 г. № 145-о|Дорожная карта", "145-о", "2022-08-29")]
    [InlineData("Дорожная карта|Программа опирается на приказ Минобрнауки России от 17.12.2010 № 1897", "", "")]
    public void TheApprovingOrderIsFoundAsDocumentsPrintIt(string paragraphs, string number, string date)
    {
        var list = paragraphs.Split('|').ToList();
        var order = ApprovingOrder.Find(list, list.FindIndex(p => p.StartsWith("Дорожная")));
        (order?.Number ?? "", order?.Date?.ToString("yyyy-MM-dd") ?? "").ShouldBe((number, date));
    }

    [Fact]
    public void AnExecutorHeadingOverTwoColumnsKeepsBothColumns()
    {
        var draft = RoadmapTableImporter.Parse([
            Para("План мероприятий на 2023-2024 гг."),
            Row("№", "Мероприятие", "Срок", "Ответственный исполнитель", ""),
            Row("", "", "", "регион", "ОО"),
            Row("1", "Курсы для наставников", "Март 2023", "ТОИПКРО", "Куратор школы"),
            Row("2", "Школа молодого педагога", "Октябрь 2023", "", "Заместитель директора\nкуратор"),
        ]);
        draft.Layout.Columns.ShouldBe([RoadmapColumn.Number, RoadmapColumn.Title, RoadmapColumn.Schedule, RoadmapColumn.RegionalExecutors, RoadmapColumn.OrganizationExecutors]);
        (Activity(draft, "1").RegionalExecutors, Activity(draft, "1").OrganizationExecutors).ShouldBe(("ТОИПКРО", "Куратор школы"));
        Activity(draft, "2").Parties(RoadmapColumn.OrganizationExecutors).ShouldBe(["Заместитель директора", "куратор"]);
    }

    [Fact]
    public void TwoExecutorColumnsOfOneKindKeepBothTexts()
    {
        var draft = RoadmapTableImporter.Parse([
            Para("План мероприятий на 2023-2024 гг."),
            Row("№", "Мероприятие", "Срок", "Ответственный исполнитель", "Соисполнители", "Исполнитель (ОО)"),
            Row("1", "Семинар для кураторов", "Май 2023", "УО", "РЦО", "Кураторы ОО"),
        ]);
        draft.Layout.Columns.ShouldBe([RoadmapColumn.Number, RoadmapColumn.Title, RoadmapColumn.Schedule, RoadmapColumn.Responsible, RoadmapColumn.Responsible, RoadmapColumn.OrganizationExecutors]);
        Activity(draft, "1").Parties(RoadmapColumn.Responsible).ShouldBe(["УО", "РЦО"]);
        Activity(draft, "1").OrganizationExecutors.ShouldBe("Кураторы ОО");
    }

    private static RoadmapDraft MunicipalProgram() => RoadmapTableImporter.Parse(TextTableReader.Read("""
        Утверждена распоряжением Управления образования от «15» сентября 2023 г. № 212-р

        МУНИЦИПАЛЬНАЯ ПРОГРАММА НАСТАВНИЧЕСТВА «ВМЕСТЕ»

        Программа опирается на приказ Минпросвещения России от 21.06.2021 № 123.

        Цель программы: создание условий для профессионального роста молодых педагогов.

        Задачи программы:
        • поддержка молодых специалистов в первые три года работы;
        • развитие сетевого наставничества между школами и детскими садами;
        • распространение лучших практик.

        Ожидаемые результаты реализации программы:
        1. Доля организаций, реализующих программы наставничества: 2023 – 50 %, 2024 – 75 %, 2025 – 100 %.
        2. Число организаций с программой наставничества:
        - 2023 – 10 организаций: 6 ДОУ, 4 МОУ;
        - 2024 – 15 организаций: 9 ДОУ, 6 МОУ;
        - 2025 – 20 организаций: 12 ДОУ, 9 МОУ.
        3. Сформирована база наставников.

        Дорожная карта реализации программы на 2023-2025 годы

        №	Мероприятие	Срок	Ответственный
        1	Совещание кураторов	Октябрь 2023	УО
        2	Конкурс «Наставник года»	Ежегодно, апрель	РЦО, ОО
        """));

    [Fact]
    public void AProgramDocumentGivesItsOrderGoalTasksAndExpectedResultsWithTheirCounts()
    {
        var draft = MunicipalProgram();
        (draft.OrderNumber, draft.OrderDate).ShouldBe(("212-р", new DateOnly(2023, 9, 15)));
        draft.Goal.ShouldBe("создание условий для профессионального роста молодых педагогов.");
        draft.Tasks.ShouldBe(["поддержка молодых специалистов в первые три года работы;", "развитие сетевого наставничества между школами и детскими садами;", "распространение лучших практик."]);
        var results = draft.Sections.Single(s => s.Title == "Ожидаемые результаты программы").Activities;
        results.Select(r => r.Title).ShouldBe(["Доля организаций, реализующих программы наставничества", "Число организаций с программой наставничества", "Сформирована база наставников."]);
        results[0].Targets!.ByYear.ShouldBe(new Dictionary<int, decimal> { [2023] = 50, [2024] = 75, [2025] = 100 });
        results[0].Targets!.Unit.ShouldBe(IndicatorUnit.Percent);
        results[1].Targets!.ByYear.ShouldBe(new Dictionary<int, decimal> { [2023] = 10, [2024] = 15, [2025] = 20 });
        var preschools = results[1].Breakdown.Single(t => t.Description.EndsWith("ДОУ"));
        preschools.ByYear.ShouldBe(new Dictionary<int, decimal> { [2023] = 6, [2024] = 9, [2025] = 12 });
        // 12 + 9 is not 20: the counts are flagged for the user to check.
        results[1].Breakdown.ShouldAllBe(t => t.NeedsReview);
        results[2].Targets.ShouldBeNull();
        // The table had no column for results: one is added, so the preview shows and keeps them.
        draft.Layout.Has(RoadmapColumn.ExpectedResult).ShouldBeTrue();
        draft.Activities.Single(a => a.Title == "Конкурс «Наставник года»").Parties(RoadmapColumn.Responsible).ShouldBe(["РЦО", "ОО"]);
    }

    [Fact]
    public void TheProgramsResultsAreSavedAsIndicatorsWithTheirCounts()
    {
        var roadmap = DraftToRoadmap.Build(MunicipalProgram(), RoadmapLevel.Municipality, null, 3, null, "программа.txt");
        var counts = roadmap.Activities.Single(a => a.Title == "Число организаций с программой наставничества").Indicators;
        counts.Count.ShouldBe(4);
        counts.Select(i => i.Years.Single(y => y.Year == 2024).Target).ShouldBe([15m, 15m, 9m, 6m]);
    }

    [Fact]
    public void ARoadmapWithoutYearsTakesThePeriodOfTheProgramItIsAttachedTo()
    {
        var draft = SeedRoadmaps.Import("003_ee52e86bb97d8344");
        draft.PeriodStart.ShouldBeNull();
        Should.Throw<Common.DomainException>(() => DraftToRoadmap.Build(draft, RoadmapLevel.Organization, null, null, 5, null)).Message.ShouldContain("Укажите период");
        draft.TakePeriodOf(42, new DateOnly(2024, 9, 1), new DateOnly(2025, 5, 31));
        (draft.StartYear, draft.EndYear, draft.SchoolYear).ShouldBe((2024, 2025, true));
        var roadmap = DraftToRoadmap.Build(draft, RoadmapLevel.Organization, null, null, 5, null);
        (roadmap.PeriodStart, roadmap.PeriodEnd).ShouldBe((new DateOnly(2024, 9, 1), new DateOnly(2025, 5, 31)));
        roadmap.Activities.Count().ShouldBe(44);
    }
}
