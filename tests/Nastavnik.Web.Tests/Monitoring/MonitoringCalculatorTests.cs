using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Programs;
using Nastavnik.Domain.Questionnaires;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Features.Monitoring;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Monitoring;

/// <summary>Each computed indicator against a small region made by hand, with the numbers worked out below.</summary>
public abstract class MonitoringCalculatorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private sealed record Made(int Region, int M1, int M2, int S1, int K1, int S2, int D1, int D2);

    /// <summary>
    /// Region: municipality M1 (school S1, kindergarten K1) and M2 (school S2). As of 31.12.2025:
    /// mentors T3 (S1, 2024), P2 (S1, pupil, 2025), T7 (S2, 2025) — T4 (S1) joins in 2026 and is not counted;
    /// mentees T1, T2, P1 (S1), T5 (K1), T6 (S2); young teachers (&lt; 35 years, &lt; 3 years of experience): T1, T2, T5, T6.
    /// Programs: A (S1, учитель – учитель) and B (S1, ученик – ученик) run; C (S2) is cancelled.
    /// Pairs: T3–T1 and T3–T2 (group «Г1») and P2–P1 fixed by order; T3–T5 ended in November; T3–T6 only proposed.
    /// S1 has an approved roadmap; S2 one too, but its only program is cancelled.
    /// </summary>
    private async Task<Made> MakeAsync()
    {
        await using var db = app.NewDbContext();
        db.AuditEnabled = false;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var d1 = new Deficit { Name = $"Дефицит 1 {tag}" };
        var d2 = new Deficit { Name = $"Дефицит 2 {tag}" };
        db.Deficits.AddRange(d1, d2);
        var s1 = new Organization { Name = $"Школа S1 {tag}", Type = OrganizationType.School };
        var k1 = new Organization { Name = $"Детский сад K1 {tag}", Type = OrganizationType.Preschool };
        var s2 = new Organization { Name = $"Школа S2 {tag}", Type = OrganizationType.School };
        var m1 = new Municipality { Name = $"M1 {tag}", Organizations = { s1, k1 } };
        var m2 = new Municipality { Name = $"M2 {tag}", Organizations = { s2 } };
        var region = new Region { Name = $"Регион мониторинга {tag}", Municipalities = { m1, m2 } };
        db.Regions.Add(region);
        await db.SaveChangesAsync();

        Person P(Organization o, string name, PersonRole role, string birth, int? experience) =>
            new() { OrganizationId = o.Id, LastName = name, FirstName = "Тест", Role = role, BirthDate = DateOnly.Parse(birth), TeachingExperienceYears = experience };
        var t1 = P(s1, "T1", PersonRole.Teacher, "1995-05-01", 1);
        var t2 = P(s1, "T2", PersonRole.Teacher, "1997-05-01", 2);
        var t3 = P(s1, "T3", PersonRole.Teacher, "1975-05-01", 25);
        var t4 = P(s1, "T4", PersonRole.Teacher, "1985-05-01", 10);
        var p1 = P(s1, "P1", PersonRole.Pupil, "2012-05-01", null);
        var p2 = P(s1, "P2", PersonRole.Pupil, "2010-05-01", null);
        var t5 = P(k1, "T5", PersonRole.Teacher, "2000-05-01", 0);
        var t6 = P(s2, "T6", PersonRole.Teacher, "1992-05-01", 2);
        var t7 = P(s2, "T7", PersonRole.Teacher, "1980-05-01", 20);
        db.People.AddRange(t1, t2, t3, t4, p1, p2, t5, t6, t7);
        await db.SaveChangesAsync();
        Mentor Mr(Person p, string included) => new() { PersonId = p.Id, IncludedOn = DateOnly.Parse(included) };
        Mentee Me(Person p, string included) => new() { PersonId = p.Id, IncludedOn = DateOnly.Parse(included) };
        var mt3 = Mr(t3, "2024-09-01");
        mt3.CoveredDeficits.Add(d1);
        var mp2 = Mr(p2, "2025-03-01");
        db.Mentors.AddRange(mt3, Mr(t4, "2026-01-10"), mp2, Mr(t7, "2025-02-01"));
        var me1 = Me(t1, "2024-09-01");
        me1.Deficits.AddRange([d1, d2]);
        var me2 = Me(t2, "2025-10-01");
        me2.Deficits.Add(d1);
        var mep1 = Me(p1, "2025-03-01");
        var me5 = Me(t5, "2025-01-01");
        var me6 = Me(t6, "2025-05-01");
        db.Mentees.AddRange(me1, me2, mep1, me5, me6);
        MentorshipProgram Prog(Organization o, MentoringForms form, ProgramStatus status) =>
            new() { OrganizationId = o.Id, Name = $"Программа {tag}", Form = form, Status = status, StartsOn = new DateOnly(2025, 9, 1), EndsOn = new DateOnly(2026, 5, 31) };
        var a = Prog(s1, MentoringForms.TeacherTeacher, ProgramStatus.Active);
        var b = Prog(s1, MentoringForms.PupilPupil, ProgramStatus.Active);
        var c = Prog(s2, MentoringForms.TeacherTeacher, ProgramStatus.Cancelled);
        db.Programs.AddRange(a, b, c);
        await db.SaveChangesAsync();
        MentoringPair Pair(MentorshipProgram p, Mentor mr, Mentee me, string? order, string? ended = null, string? group = null) => new()
        {
            ProgramId = p.Id, MentorId = mr.Id, MenteeId = me.Id, FormedOn = new DateOnly(2025, 9, 10), GroupName = group,
            Status = order is null ? PairStatus.Proposed : ended is null ? PairStatus.Active : PairStatus.Ended,
            OrderDate = order is null ? null : DateOnly.Parse(order), OrderNumber = order is null ? null : "1", EndedOn = ended is null ? null : DateOnly.Parse(ended),
        };
        db.Pairs.AddRange(Pair(a, mt3, me1, "2025-09-15", group: "Г1"), Pair(a, mt3, me2, "2025-09-15", group: "Г1"), Pair(b, mp2, mep1, "2025-10-01"),
            Pair(a, mt3, me5, "2025-09-15", ended: "2025-11-01"), Pair(a, mt3, me6, null));
        Roadmap Map(Organization o) => new()
        {
            Title = "Дорожная карта", Level = RoadmapLevel.Organization, OrganizationId = o.Id, Status = RoadmapStatus.Approved,
            PeriodStart = new DateOnly(2025, 9, 1), PeriodEnd = new DateOnly(2026, 8, 31),
            Sections = [new RoadmapSection { Title = "Раздел", Position = 1 }],
        };
        db.Roadmaps.AddRange(Map(s1), Map(s2));
        // Program A's surveys: satisfaction answers 8, 6, 10 and 4, 4, 4 (mean 6); T1's assessment 4 → 6 on every parameter (+2).
        var satisfaction = QuestionnaireTemplates.Create(QuestionnaireKind.Satisfaction, s1.Id);
        var assessment = QuestionnaireTemplates.Create(QuestionnaireKind.Assessment, s1.Id);
        (satisfaction.ProgramId, assessment.ProgramId) = (a.Id, a.Id);
        db.Questionnaires.AddRange(satisfaction, assessment);
        await db.SaveChangesAsync();
        QuestionnaireInvitation Answered(Questionnaire q, int? person, string json) => new()
        { QuestionnaireId = q.Id, PersonId = person, TokenHash = Guid.NewGuid().ToString("N"), Answers = json, AnsweredAt = DateTimeOffset.UtcNow };
        db.Invitations.AddRange(
            Answered(satisfaction, t1.Id, """{"q1":["8"],"q2":["6"],"q3":["10"],"q4":["да"]}"""),
            Answered(satisfaction, t3.Id, """{"q1":["4"],"q2":["4"],"q3":["4"]}"""),
            Answered(assessment, t1.Id, """{"q1":["4"],"q2":["4"],"q3":["4"],"q4":["4"],"q5":["4"]}"""),
            Answered(assessment, t1.Id, """{"q1":["6"],"q2":["6"],"q3":["6"],"q4":["6"],"q5":["6"]}"""));
        await db.SaveChangesAsync();
        return new Made(region.Id, m1.Id, m2.Id, s1.Id, k1.Id, s2.Id, d1.Id, d2.Id);
    }

    private async Task<MonitoringFigures> ComputeAsync(Territory territory, MonitoringFilter filter)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MonitoringCalculator>().ComputeAsync(territory, filter, CancellationToken.None);
    }

    [Fact]
    public async Task EveryComputedIndicatorOfTheRegionMatchesTheHandCount()
    {
        var made = await MakeAsync();
        var f = await ComputeAsync(new Territory(MonitoringLevel.Region, made.Region, "Регион"), new MonitoringFilter(2025));
        f.AsOf.ShouldBe(new DateOnly(2025, 12, 31));
        f.Values[MetricCode.Mentors].Value.ShouldBe(3);
        f.Values[MetricCode.Mentees].Value.ShouldBe(5);
        f.Values[MetricCode.Programs].Value.ShouldBe(2);
        f.Values[MetricCode.ActivePairs].Value.ShouldBe(3);
        f.Values[MetricCode.Groups].Value.ShouldBe(1);
        f.Values[MetricCode.YoungTeachersCovered].ShouldBe(new MetricValue(50.0m, 2, 4));
        f.Values[MetricCode.PupilsInvolved].ShouldBe(new MetricValue(100.0m, 2, 2));
        f.Values[MetricCode.OrganizationsWithProgramAndRoadmap].ShouldBe(new MetricValue(33.3m, 1, 3));
        f.Values[MetricCode.PreschoolsWithProgramAndRoadmap].ShouldBe(new MetricValue(0m, 0, 1));
        f.Values[MetricCode.SchoolsWithProgramAndRoadmap].ShouldBe(new MetricValue(50.0m, 1, 2));
        f.Values[MetricCode.Satisfaction].Value.ShouldBe(6.00m);
        f.Values[MetricCode.AssessmentChange].Value.ShouldBe(2.00m);

        var m1 = f.Children.Single(c => c.Id == made.M1).Values;
        var m2 = f.Children.Single(c => c.Id == made.M2).Values;
        (m1[MetricCode.Mentors].Value, m2[MetricCode.Mentors].Value).ShouldBe((2m, 1m));
        (m1[MetricCode.Mentees].Value, m2[MetricCode.Mentees].Value).ShouldBe((4m, 1m));
        (m1[MetricCode.ActivePairs].Value, m2[MetricCode.ActivePairs].Value).ShouldBe((3m, 0m));
        m1[MetricCode.YoungTeachersCovered].ShouldBe(new MetricValue(66.7m, 2, 3));
        m2[MetricCode.YoungTeachersCovered].ShouldBe(new MetricValue(0m, 0, 1));
        m2[MetricCode.PupilsInvolved].Value.ShouldBeNull("no pupils in M2: no share, not zero");
        (m1[MetricCode.Satisfaction].Value, m2[MetricCode.Satisfaction].Value).ShouldBe((6.00m, (decimal?)null));

        f.PairsByForm.ShouldBe([new PairsByForm(MentoringForms.TeacherTeacher, MentoringFormats.OneToOne, 2), new PairsByForm(MentoringForms.PupilPupil, MentoringFormats.OneToOne, 1)]);
        f.Trends[MetricCode.Mentors].ShouldBe([(2021, 0m), (2022, 0m), (2023, 0m), (2024, 1m), (2025, 3m)]);
        f.Deficits.Where(d => d.DeficitId == made.D1 || d.DeficitId == made.D2).Select(d => (d.DeficitId, d.Mentees, d.Mentors))
            .ShouldBe([(made.D1, 2, 1), (made.D2, 1, 0)]);
        f.DeficitMap.Where(c => c.DeficitId == made.D1 || c.DeficitId == made.D2).Select(c => (c.ChildId, c.DeficitId, c.Mentees, c.Mentors)).OrderBy(c => c.DeficitId)
            .ShouldBe([(made.M1, made.D1, 2, 1), (made.M1, made.D2, 1, 0)]);
    }

    [Fact]
    public async Task FiltersAndTheMunicipalityLevelNarrowTheCounts()
    {
        var made = await MakeAsync();
        var preschools = await ComputeAsync(new Territory(MonitoringLevel.Region, made.Region, "Регион"), new MonitoringFilter(2025, OrganizationType: OrganizationType.Preschool));
        preschools.Values[MetricCode.Mentees].Value.ShouldBe(1);
        preschools.Values[MetricCode.Mentors].Value.ShouldBe(0);
        var peer = await ComputeAsync(new Territory(MonitoringLevel.Region, made.Region, "Регион"), new MonitoringFilter(2025, Form: MentoringForms.PupilPupil));
        (peer.Values[MetricCode.Programs].Value, peer.Values[MetricCode.ActivePairs].Value).ShouldBe((1m, 1m));

        var municipality = await ComputeAsync(new Territory(MonitoringLevel.Municipality, made.M1, "M1"), new MonitoringFilter(2025));
        municipality.Children.Select(c => c.Id).Order().ShouldBe(new[] { made.S1, made.K1 }.Order());
        municipality.Children.Single(c => c.Id == made.S1).Values[MetricCode.Mentors].Value.ShouldBe(2);
        municipality.Children.Single(c => c.Id == made.K1).Values[MetricCode.Mentees].Value.ShouldBe(1);
        municipality.Values[MetricCode.OrganizationsWithProgramAndRoadmap].ShouldBe(new MetricValue(50.0m, 1, 2));

        var in2026 = await ComputeAsync(new Territory(MonitoringLevel.Organization, made.S1, "S1"), new MonitoringFilter(2026));
        in2026.Values[MetricCode.Mentors].Value.ShouldBe(3, "T4 joins in January 2026");
    }
}

public sealed class MonitoringCalculatorTestsOnPostgres(PostgresApp app) : MonitoringCalculatorTests<PostgresApp>(app);
public sealed class MonitoringCalculatorTestsOnSqlite(SqliteApp app) : MonitoringCalculatorTests<SqliteApp>(app);
