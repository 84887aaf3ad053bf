using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Roadmaps.Import;
using Shouldly;

namespace Nastavnik.Domain.Tests.Roadmaps;

/// <summary>Each seed document imports with every section, activity, yearly target, deadline and responsible party:
/// compared field by field with tests/Fixtures/Roadmaps/expected/*.tsv (reviewed against the documents), plus the
/// facts of each document checked by hand below.</summary>
public class SeedImportTests
{
    public static TheoryData<string> Seeds => new(SeedRoadmaps.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryActivityMatchesTheExpectedTableFieldByField(string seed)
    {
        var actual = SeedRoadmaps.Rows(SeedRoadmaps.Import(seed));
        var path = SeedRoadmaps.Golden(seed);
        if (Environment.GetEnvironmentVariable("NASTAVNIK_WRITE_EXPECTED") == "1") SeedRoadmaps.Write(path, actual);
        var expected = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            var e = expected[i].Split('\t');
            var a = actual[i].Split('\t');
            for (var f = 0; f < SeedRoadmaps.Fields.Length; f++)
                a[f].ShouldBe(e[f], $"{seed}, мероприятие {i + 1} ({e[3]}), поле «{SeedRoadmaps.Fields[f]}»");
        }
        actual.Count.ShouldBe(expected.Count, $"{seed}: число мероприятий");
    }

    [Fact]
    public void TomskRegionalRoadmapHasThreeSectionsEighteenActivitiesAndTheOnePercentDeviation()
    {
        var draft = SeedRoadmaps.Import("000_86a2010b6c35da95");
        (draft.StartYear, draft.EndYear).ShouldBe((2020, 2024));
        draft.AllowedDeviationPercent.ShouldBe(1m);
        draft.Sections.Select(s => s.Activities.Count).ShouldBe([10, 4, 4]);
        draft.Layout.Columns.ShouldBe([RoadmapColumn.Number, RoadmapColumn.Title, RoadmapColumn.Indicator, RoadmapColumn.ResultForm, RoadmapColumn.Schedule, RoadmapColumn.Responsible]);
        var sites = draft.Sections[0].Activities[2];
        sites.Targets!.ByYear.ShouldBe(new Dictionary<int, decimal> { [2020] = 21, [2021] = 335, [2022] = 335, [2023] = 335, [2024] = 335 });
        sites.Schedule!.DueDates.ShouldBe([new DateOnly(2020, 5, 31), new DateOnly(2024, 12, 31)]);
        var contests = draft.Sections[2].Activities[2];
        contests.Targets!.Unit.ShouldBe(IndicatorUnit.Percent);
        contests.Targets.ByYear[2024].ShouldBe(50m);
        draft.Sections[1].Activities[0].Targets!.Unit.ShouldBe(IndicatorUnit.YesNo);
        draft.Sections[2].Activities[3].Title.ShouldBe("Организация и проведение профессиональных конкурсов для педагогов-наставников на уровне муниципалитетов как одного из эффективных элементов развития и роста уровня педагогического мастерства");
    }

    [Fact]
    public void BoguchanyRoadmapKeepsUnnumberedRowsJoinsSplitRowsAndRunsOverTheSchoolYear()
    {
        var draft = SeedRoadmaps.Import("001_b5d290fc08d0338b");
        (draft.OrderNumber, draft.OrderDate).ShouldBe(("148-02", new DateOnly(2022, 11, 21)));
        draft.Goal.ShouldBe("закрепление педагогов в системе образования Богучанского района, повышение качества образования");
        (draft.PeriodStart, draft.PeriodEnd).ShouldBe((new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31)));
        draft.Sections.Select(s => s.Title).ShouldBe([
            "Нормативно-правовой аспект", "Информационное, организационное, методическое сопровождение",
            "Внедрение и реализация системы наставничества педагогических работников в ОУ Богучанского района",
            "Тиражирование лучших наставнических практик по направлению «Педагогическое наставничество»",
            "Мониторинг реализации программ наставничества педагогических работников в ОУ района"]);
        draft.Activities.Count().ShouldBe(30);
        var contests = draft.Activities.Single(a => a.Title.StartsWith("Организация и проведение районных конкурсов"));
        contests.Title.ShouldEndWith("муниципальный этап краевого конкурса «Воспитатель года Красноярского края», «Районного фестиваля педагогических и управленческих практик»");
        var sites = draft.Activities.Single(a => a.Title.StartsWith("Мониторинг сайтов ОУ"));
        sites.Title.ShouldEndWith("системы наставничества педагогических работников");
        sites.Schedule!.DueDates.ShouldBe([new DateOnly(2022, 11, 30), new DateOnly(2023, 4, 30)]);
        draft.Activities.Single(a => a.Title == "Формирование базы наставников и наставляемых").Schedule!.DueDates.ShouldBe([new DateOnly(2022, 12, 1)]);
    }

    [Fact]
    public void SeverskRoadmapHasItsStagesAndRepeatedRowsJoined()
    {
        var draft = SeedRoadmaps.Import("002_90e47daf7dfdc7ff");
        (draft.StartYear, draft.EndYear).ShouldBe((2021, 2024));
        var table = draft.Sections.Where(s => s.Title != "Ожидаемые результаты программы").SelectMany(s => s.Activities).ToList();
        table.Count.ShouldBe(19);
        draft.Sections.Select(s => s.Stage).Distinct().ShouldBe([null, "ОСНОВНОЙ ЭТАП", "ЗАВЕРШАЮЩИЙ ЭТАП"]);
        var last = table.Last();
        last.ScheduleText.ShouldBe("Август 2024 г. Декабрь 2024 г.");
        last.Responsible.ShouldBe("УО, РЦО УО, РЦО, ОО, ДО");
        draft.Activities.Single(a => a.Number == "4" && a.Title.StartsWith("Создание информационных ресурсов")).ScheduleText
            .ShouldBe("Сентябрь 2021 г., далее - регулярное обновление Сентябрь 2021 г., далее - регулярное обновление");
    }

    /// <summary>The Seversk document is an order approving a program with its roadmap: the order's number and date (on
    /// the lines under «ПРИКАЗ», not the FGOS order the program cites), the program's goal, its six tasks and its ten
    /// expected results — the shares of organizations with a program by year and the counts behind them.</summary>
    [Fact]
    public void SeverskProgramComesWithItsOrderGoalTasksAndExpectedResults()
    {
        var draft = SeedRoadmaps.Import("002_90e47daf7dfdc7ff");
        (draft.OrderNumber, draft.OrderDate).ShouldBe(("279", new DateOnly(2021, 8, 10)));
        draft.Goal.ShouldBe("разработка и внедрение системы наставничества как эффективного механизма роста профессионального мастерства педагогических работников для обеспечения повышения качества общего образования ЗАТО Северск.");
        draft.Tasks.Count.ShouldBe(6);
        draft.Tasks[0].ShouldStartWith("Обеспечивать в общеобразовательных организациях ЗАТО Северск внедрение системы наставничества");
        // A task split by a page break is one task.
        draft.Tasks[1].ShouldContain("предоставления равных возможностей каждой общеобразовательной организации");
        var results = draft.Sections.Single(s => s.Title == "Ожидаемые результаты программы").Activities;
        results.Count.ShouldBe(10);
        var programs = results[3];
        programs.Title.ShouldBe("Разработка программ образовательных организаций по развитию системы наставничества и внедрению передовых образовательных практик");
        programs.Targets!.Unit.ShouldBe(IndicatorUnit.Percent);
        programs.Targets.ByYear.ShouldBe(new Dictionary<int, decimal> { [2021] = 40, [2022] = 60, [2023] = 80, [2024] = 100 });
        programs.Breakdown.Select(t => (t.Description[(t.Description.IndexOf('—') + 2)..], string.Join(";", t.ByYear.Select(kv => $"{kv.Key}={kv.Value}")))).ShouldBe([
            ("количество организаций", "2021=16;2022=24;2023=32;2024=40"),
            ("в том числе ДОУ", "2021=9;2022=13;2023=18;2024=22"),
            ("в том числе МОУ", "2021=7;2022=11;2023=14;2024=18")]);
        programs.Breakdown.ShouldAllBe(t => !t.NeedsReview);
    }

    [Fact]
    public void TomskOrderHoldsTheSchoolAndTheCollegeRoadmapsAsTwoSections()
    {
        var draft = SeedRoadmaps.Import("003_ee52e86bb97d8344");
        draft.Sections.Select(s => s.Activities.Count).ShouldBe([34, 10]);
        draft.Sections[1].Title.ShouldBe("Примерная «дорожная карта» по внедрению модели наставничества в профессиональной образовательной организации");
        draft.StartYear.ShouldBeNull();
        draft.Warnings.ShouldContain(w => w.Contains("Период дорожной карты не найден"));
    }

    [Fact]
    public void IrkutskRoadmapSeparatesRegionalAndSchoolExecutorsAndReadsTargetsFromTheResult()
    {
        var draft = SeedRoadmaps.Import("004_281dcb6361331b8a");
        draft.Layout.Columns.ShouldBe([RoadmapColumn.Number, RoadmapColumn.Title, RoadmapColumn.Schedule, RoadmapColumn.RegionalExecutors, RoadmapColumn.OrganizationExecutors, RoadmapColumn.ExpectedResult]);
        draft.Sections.Select(s => s.Number).ShouldBe(["1", "2", "3", "4", "5"]);
        draft.Activities.Count().ShouldBe(25);
        var mentors = draft.Activities.Single(a => a.Number == "4.4.");
        mentors.Targets!.ByYear.ShouldBe(new Dictionary<int, decimal> { [2021] = 500, [2022] = 1000, [2023] = 1800, [2024] = 3000 });
        mentors.Targets.Description.ShouldBe("Количество записей в реестре");
        draft.Activities.Single(a => a.Number == "4.2.").Targets!.ByYear.Keys.ShouldBe([2021, 2022, 2023, 2024]);
        var training = draft.Activities.Single(a => a.Number == "2.1");
        training.Title.ShouldBe("Реализация дополнительных профессиональных программ повышения квалификации муниципальных и институциональных кураторов по вопросам организационно-методического сопровождения разработки и реализации модели наставничества");
        training.OrganizationExecutors.ShouldBe("Кураторы внедрения целевой модели в образовательной организации (далее – кураторы), ответственные за корпоративное обучение");
        draft.Activities.Single(a => a.Number == "3.1.").Targets!.EveryYear.ShouldBe(200m);
        draft.Activities.Single(a => a.Number == "2.2.").Targets!.NeedsReview.ShouldBeTrue();
        draft.Activities.Single(a => a.Number == "1.1.").OrganizationExecutors.ShouldBeNull();
    }
}
