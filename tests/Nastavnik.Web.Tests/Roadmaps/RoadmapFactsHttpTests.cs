using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Contests;
using Nastavnik.Domain.Events;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Practices;
using Nastavnik.Domain.Publications;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Roadmaps;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Roadmaps;

/// <summary>Roadmap indicators take their actuals from what the system records — events and their participants, contest
/// applications, practices, news, registry updates — and open the list behind each number.</summary>
public abstract class RoadmapFactsHttpTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    // Years before anything the demo region records, so that the hand counts below are the whole truth.
    private const int Year = 2019;

    private static ActivityIndicator Fact(string description, IndicatorSource source, EventKind? kind = null, MonitoringLevel? level = null) =>
        new() { Description = description, Unit = IndicatorUnit.Count, Source = source, FactEventKind = kind, FactLevel = level, EveryYearTarget = 1 };

    private static Roadmap NewRoadmap(RoadmapLevel level, int? region, int? organization, int from, int to, params ActivityIndicator[] indicators)
    {
        var roadmap = new Roadmap
        {
            Title = "Карта фактов", Level = level, RegionId = region, OrganizationId = organization,
            PeriodStart = new(from, 1, 1), PeriodEnd = new(to, 12, 31), Status = RoadmapStatus.Approved
        };
        var section = new RoadmapSection { Position = 1, Number = "1", Title = "Мероприятия" };
        var activity = new RoadmapActivity { Roadmap = roadmap, Position = 1, Number = "1.1", Title = "Проведение мероприятий" };
        activity.Indicators.AddRange(indicators);
        section.Activities.Add(activity);
        roadmap.Sections.Add(section);
        return roadmap;
    }

    [Fact]
    public async Task EventsContestsPracticesAndNewsFeedTheIndicatorsAndEqualHandCounts()
    {
        int roadmapId;
        var indicators = new[]
        {
            Fact("Количество участников регионального форума", IndicatorSource.EventParticipants, EventKind.Forum, MonitoringLevel.Region),
            Fact("Количество проведённых семинаров", IndicatorSource.EventsHeld, EventKind.Seminar),
            Fact("Количество заявок на конкурсы", IndicatorSource.ContestApplications),
            Fact("Количество участников конкурсов", IndicatorSource.ContestParticipants),
            Fact("Количество практик в банке практик", IndicatorSource.PracticesPublished),
            Fact("Количество публикаций", IndicatorSource.PublicationsPublished),
        };
        await using (var db = app.NewDbContext())
        {
            var tomsk = await db.Regions.SingleAsync(r => r.Name == "Томская область");
            var other = new Domain.Territory.Region { Name = "Другая область", Municipalities = [new() { Name = "Другой район", Kind = Domain.Territory.MunicipalityKind.District }] };
            db.Regions.Add(other);
            await db.SaveChangesAsync();
            var seversk = await db.Municipalities.SingleAsync(m => m.Name == "ЗАТО Северск");
            var school = await db.Organizations.SingleAsync(o => o.Name.Contains(DemoData.School76));
            var otherDistrict = other.Municipalities.Single().Id;

            MentoringEvent Event(int region, int? municipality, int? organization, EventKind kind, DateOnly on, EventStatus status, int attended, int absent = 0)
            {
                var e = MentoringEvent.Create(region, municipality, organization, new EventDetails(kind, $"{kind} {on:dd.MM.yyyy}", null, on, null, null, "Томск", null, null, null, null, false));
                e.Status = status;
                e.ResultDocument = status == EventStatus.Held ? "Приказ № 1" : null;
                db.Events.Add(e);
                db.SaveChanges();
                for (var n = 0; n < attended + absent; n++)
                    db.EventParticipants.Add(new EventParticipant { EventId = e.Id, FullName = $"Участник {n}", Attended = n < attended, RegisteredAt = DateTimeOffset.UtcNow });
                return e;
            }
            Event(tomsk.Id, null, null, EventKind.Forum, new(Year, 10, 5), EventStatus.Held, attended: 3, absent: 1);  // counts: 3
            Event(tomsk.Id, null, null, EventKind.Forum, new(Year, 11, 5), EventStatus.Planned, attended: 2);          // not held
            Event(tomsk.Id, null, null, EventKind.Forum, new(Year - 1, 10, 5), EventStatus.Held, attended: 7);        // another year
            Event(tomsk.Id, seversk.Id, null, EventKind.Forum, new(Year, 3, 1), EventStatus.Held, attended: 5);        // municipal forum
            Event(tomsk.Id, null, null, EventKind.Webinar, new(Year, 3, 1), EventStatus.Held, attended: 4);            // not a forum
            Event(other.Id, null, null, EventKind.Forum, new(Year, 3, 1), EventStatus.Held, attended: 9);              // another region
            Event(tomsk.Id, seversk.Id, null, EventKind.Seminar, new(Year, 2, 1), EventStatus.Held, attended: 0);      // seminar 1
            Event(tomsk.Id, seversk.Id, school.Id, EventKind.Seminar, new(Year, 12, 31), EventStatus.Held, attended: 0); // seminar 2
            Event(tomsk.Id, null, null, EventKind.Seminar, new(Year, 4, 1), EventStatus.Cancelled, attended: 0);
            Event(other.Id, null, null, EventKind.Seminar, new(Year, 4, 1), EventStatus.Held, attended: 0);

            Contest Contest(int region, int year) { var c = new Contest { RegionId = region, Title = $"Конкурс {year}", Year = year, ApplicationsUntil = new(year, 5, 1) }; db.Contests.Add(c); db.SaveChanges(); return c; }
            void Apply(Contest c, string applicant, int? person, int organization, int municipality) => db.ContestApplications.Add(new ContestApplication
            { ContestId = c.Id, Nomination = "Наставник года", Title = "Работа " + applicant, ApplicantName = applicant, PersonId = person, OrganizationId = organization, MunicipalityId = municipality, SubmittedAt = DateTimeOffset.UtcNow });
            var mine = Contest(tomsk.Id, Year);
            var person = await db.People.Where(p => p.OrganizationId == school.Id).Select(p => p.Id).FirstAsync();
            Apply(mine, "Иванова Мария Петровна", person, school.Id, seversk.Id);
            Apply(mine, "Иванова Мария Петровна", person, school.Id, seversk.Id);  // the same applicant, a second work
            Apply(mine, "Петров Пётр", null, school.Id, seversk.Id);
            var otherSchool = new Domain.Territory.Organization { Name = "Школа другой области", MunicipalityId = otherDistrict };
            db.Organizations.Add(otherSchool);
            await db.SaveChangesAsync();
            Apply(Contest(other.Id, Year), "Чужой заявитель", null, otherSchool.Id, otherDistrict);
            Apply(Contest(tomsk.Id, Year - 1), "Прошлогодний", null, school.Id, seversk.Id);

            void Practice(int organization, CaseStatus status, DateOnly? on) => db.Cases.Add(new PracticeCase { OrganizationId = organization, Title = $"Практика {status} {on}", Status = status, PublishedOn = on });
            Practice(school.Id, CaseStatus.Published, new(Year, 1, 1));
            Practice(school.Id, CaseStatus.Published, new(Year, 9, 1));
            Practice(school.Id, CaseStatus.Draft, null);
            Practice(school.Id, CaseStatus.Published, new(Year + 1, 1, 1));
            Practice(otherSchool.Id, CaseStatus.Published, new(Year, 9, 1));

            void News(int region, int? municipality, DateTimeOffset? at) => db.News.Add(new NewsPost { RegionId = region, MunicipalityId = municipality, Title = $"Новость {at}", Body = "Текст", CreatedAt = DateTimeOffset.UtcNow, PublishedAt = at });
            News(tomsk.Id, null, new DateTimeOffset(Year, 6, 1, 10, 0, 0, TimeSpan.Zero));
            News(tomsk.Id, seversk.Id, new DateTimeOffset(Year, 7, 1, 10, 0, 0, TimeSpan.Zero));
            News(tomsk.Id, null, null);
            News(other.Id, null, new DateTimeOffset(Year, 6, 1, 10, 0, 0, TimeSpan.Zero));
            News(tomsk.Id, null, new DateTimeOffset(Year - 1, 6, 1, 10, 0, 0, TimeSpan.Zero));

            var roadmap = NewRoadmap(RoadmapLevel.Region, tomsk.Id, null, Year, Year + 1, indicators);
            db.Roadmaps.Add(roadmap);
            await db.SaveChangesAsync();
            roadmapId = roadmap.Id;
        }

        var region = await app.LoginAsync("region");
        var page = new HtmlParser().ParseDocument(await region.GetStringAsync($"/Roadmaps/Details/{roadmapId}"));
        string Figure(ActivityIndicator i, int year) => page.QuerySelector($"[data-indicator='{i.Id}'] tr[data-year='{year}'] [data-role=evidence]")!.TextContent.Trim();
        decimal[] expected = [3, 2, 3, 2, 2, 2];
        for (var n = 0; n < indicators.Length; n++)
            Figure(indicators[n], Year).ShouldBe(expected[n].ToString(), indicators[n].Description);
        Figure(indicators[4], Year + 1).ShouldBe("1", "the practice published the next year");

        var evidence = new HtmlParser().ParseDocument(await region.GetStringAsync($"/Roadmaps/Evidence/{roadmapId}?indicator={indicators[3].Id}&year={Year}"));
        evidence.QuerySelector("#fact-value")!.TextContent.ShouldBe("2");
        var applicants = evidence.QuerySelectorAll("#fact-rows tbody tr").Select(r => r.TextContent).ToList();
        applicants.Count.ShouldBe(2);
        applicants.ShouldContain(r => r.Contains("Иванова Мария Петровна") && r.Contains("заявок: 2"));
        var forum = new HtmlParser().ParseDocument(await region.GetStringAsync($"/Roadmaps/Evidence/{roadmapId}?indicator={indicators[0].Id}&year={Year}"));
        forum.QuerySelectorAll("#fact-rows tbody tr").Length.ShouldBe(1, "one regional forum held that year");
        forum.QuerySelector("#fact-rows tbody tr")!.TextContent.ShouldContain("Приказ № 1");

        (await (await app.LoginAsync("seversk")).GetAsync($"/Roadmaps/Evidence/{roadmapId}?indicator={indicators[0].Id}&year={Year}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "the region's roadmap is not Seversk's to open");
        (await region.GetAsync($"/Roadmaps/Evidence/{roadmapId}?indicator={indicators[0].Id}&year=2001")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PeopleTrainedInTheYearFeedTheRoadmapAndTheMonitoringCountsThemAll()
    {
        const int year = 2018;
        int roadmapId, mentorsBefore, curatorsBefore, trainedNow;
        var mentors = Fact("Ежегодно прошли обучение наставники", IndicatorSource.MentorsTrained);
        var curators = Fact("Прошли обучение кураторы", IndicatorSource.CuratorsTrained);
        await using (var db = app.NewDbContext())
        {
            var school = await db.Organizations.SingleAsync(o => o.Name.Contains(DemoData.School76));
            var tomsk = await db.Regions.SingleAsync(r => r.Name == "Томская область");
            var today = db.Today;
            var figures = await MonitoringAsync(db);
            (mentorsBefore, curatorsBefore) = ((int)figures.Values[MetricCode.MentorsTrained].Value!, (int)figures.Values[MetricCode.CuratorsTrained].Value!);
            var course = Domain.Training.TrainingCourse.Create(tomsk.Id, null, null, new(Domain.Training.CourseKind.AdvancedTraining, "КПК для наставников", "ТОИПКРО", 36, new(year, 3, 1), new(year + 1, 3, 1)));
            db.TrainingCourses.Add(course);
            await db.SaveChangesAsync();
            var untrained = await db.Mentors.Include(m => m.Person).Where(m => !m.IsArchived && m.Person!.OrganizationId == school.Id
                && !db.MentorPreparations.Any(r => r.MentorId == m.Id && r.Kind == PreparationKind.Training && r.Passed)).OrderBy(m => m.Id).Take(2).ToListAsync();
            untrained.Count.ShouldBe(2, "the demo school has mentors without training");
            var teachers = await db.People.Where(p => p.OrganizationId == school.Id && p.Role == Domain.People.PersonRole.Teacher
                && !db.CourseEnrolments.Any(e => e.PersonId == p.Id)).OrderBy(p => p.Id).Take(2).ToListAsync();
            var (curator, seminarOnly) = (teachers[0], teachers[1]);
            var seminar = Domain.Training.TrainingCourse.Create(tomsk.Id, null, null, new(Domain.Training.CourseKind.Other, "Школа куратора", "ТОИПКРО", 8, new(year, 3, 1), new(year, 3, 2)));
            db.TrainingCourses.Add(seminar);
            await db.SaveChangesAsync();
            var notKpk = Domain.Training.CourseEnrolment.Enrol(seminar, seminarOnly, Domain.Training.TraineeRole.Curator, false, "13-о", new(year, 2, 20), today);
            notKpk.Complete(seminar, Domain.Training.TrainingDocumentKind.Attestation, "С-1", new(year, 3, 2), null, today);
            db.CourseEnrolments.Add(notKpk);  // a curator's seminar is not a КПК: counted nowhere below
            void Finish(Domain.People.Person person, Domain.Training.TraineeRole role, Domain.Registries.Mentor? mentor, DateOnly on)
            {
                var enrolment = Domain.Training.CourseEnrolment.Enrol(course, person, role, mentor is not null, "12-о", new(year, 2, 20), today);
                enrolment.Complete(course, Domain.Training.TrainingDocumentKind.Certificate, $"7024-{person.Id}", on, mentor, today);
                db.CourseEnrolments.Add(enrolment);
            }
            Finish(untrained[0].Person!, Domain.Training.TraineeRole.Mentor, untrained[0], new(year, 3, 20));
            Finish(untrained[1].Person!, Domain.Training.TraineeRole.Mentor, untrained[1], new(year + 1, 2, 1));
            Finish(curator, Domain.Training.TraineeRole.Curator, null, new(year, 12, 31));
            var roadmap = NewRoadmap(RoadmapLevel.Region, tomsk.Id, null, year, year + 1, mentors, curators);
            db.Roadmaps.Add(roadmap);
            await db.SaveChangesAsync();
            roadmapId = roadmap.Id;
            figures = await MonitoringAsync(db);
            figures.Values[MetricCode.MentorsTrained].Value.ShouldBe(mentorsBefore + 2, "both mentors have finished by now");
            figures.Values[MetricCode.CuratorsTrained].Value.ShouldBe(curatorsBefore + 1);
            trainedNow = mentorsBefore + 2;
        }
        trainedNow.ShouldBeGreaterThan(1);
        var region = await app.LoginAsync("region");
        var page = new HtmlParser().ParseDocument(await region.GetStringAsync($"/Roadmaps/Details/{roadmapId}"));
        string Figure(ActivityIndicator i, int y) => page.QuerySelector($"[data-indicator='{i.Id}'] tr[data-year='{y}'] [data-role=evidence]")!.TextContent.Trim();
        (Figure(mentors, year), Figure(mentors, year + 1), Figure(curators, year), Figure(curators, year + 1)).ShouldBe(("1", "1", "1", "0"));
        var evidence = new HtmlParser().ParseDocument(await region.GetStringAsync($"/Roadmaps/Evidence/{roadmapId}?indicator={curators.Id}&year={year}"));
        evidence.QuerySelector("#fact-rows tbody tr")!.TextContent.ShouldContain("КПК для наставников");
    }

    private async Task<Web.Features.Monitoring.MonitoringFigures> MonitoringAsync(Web.Data.AppDbContext db)
    {
        using var scope = app.Services.CreateScope();
        var region = await db.Regions.Where(r => r.Name == "Томская область").Select(r => r.Id).SingleAsync();
        return await scope.ServiceProvider.GetRequiredService<Web.Features.Monitoring.MonitoringCalculator>()
            .ComputeAsync(new(MonitoringLevel.Region, region, "Томская область"), new(db.Today.Year), default);
    }

    [Fact]
    public async Task TheShareOfRegistryRecordsUpdatedWithinSixMonthsNamesTheRecordsLeftBehind()
    {
        int roadmapId, year;
        var indicator = Fact("Доля обновлённых записей баз", IndicatorSource.RegistriesUpdated);
        indicator.Unit = IndicatorUnit.Percent;
        string stale;
        int records;
        await using (var db = app.NewDbContext())
        {
            year = db.Today.Year;
            var school = await db.Organizations.SingleAsync(o => o.Name.Contains(DemoData.School76));
            records = await db.Mentors.CountAsync(m => !m.IsArchived && m.Person!.OrganizationId == school.Id)
                + await db.Mentees.CountAsync(m => !m.IsArchived && m.Person!.OrganizationId == school.Id);
            var mentor = await db.Mentors.Include(m => m.Person).Where(m => !m.IsArchived && m.Person!.OrganizationId == school.Id).OrderBy(m => m.Id).FirstAsync();
            stale = mentor.Person!.LastName;
            var longAgo = DateTimeOffset.UtcNow.AddYears(-1);
            await db.Mentors.Where(m => m.Id == mentor.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.UpdatedAt, longAgo));
            await db.People.Where(p => p.Id == mentor.PersonId).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, longAgo));
            var roadmap = NewRoadmap(RoadmapLevel.Organization, null, school.Id, year - 1, year, indicator);
            db.Roadmaps.Add(roadmap);
            await db.SaveChangesAsync();
            roadmapId = roadmap.Id;
        }
        records.ShouldBeGreaterThan(1);
        var curator = await app.LoginAsync("curator76");
        var evidence = new HtmlParser().ParseDocument(await curator.GetStringAsync($"/Roadmaps/Evidence/{roadmapId}?indicator={indicator.Id}&year={year}"));
        evidence.QuerySelector("#fact-value")!.TextContent.ShouldBe(Math.Round(100m * (records - 1) / records, 1).ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")) + " %");
        var rows = evidence.QuerySelectorAll("#fact-rows tbody tr");
        rows.Length.ShouldBe(1);
        rows[0].TextContent.ShouldContain(stale);
        var past = new HtmlParser().ParseDocument(await curator.GetStringAsync($"/Roadmaps/Evidence/{roadmapId}?indicator={indicator.Id}&year={year - 1}"));
        past.QuerySelector("#fact-value")!.TextContent.ShouldBe("—", "only a record's last change is kept: last year's share is unknown");
    }

    [Fact]
    public async Task TheSourceKindAndLevelAreChosenOnTheRoadmapPage()
    {
        int roadmapId, indicatorId;
        string stamp;
        await using (var db = app.NewDbContext())
        {
            var tomsk = await db.Regions.SingleAsync(r => r.Name == "Томская область");
            var roadmap = NewRoadmap(RoadmapLevel.Region, tomsk.Id, null, Year, Year, new ActivityIndicator { Description = "Не менее 200 участников", Unit = IndicatorUnit.Count });
            db.Roadmaps.Add(roadmap);
            await db.SaveChangesAsync();
            (roadmapId, indicatorId) = (roadmap.Id, roadmap.Activities.Single().Indicators.Single().Id);
            stamp = roadmap.Activities.Single().ConcurrencyStamp.ToString();
        }
        var url = $"/Roadmaps/Details/{roadmapId}";
        var region = await app.LoginAsync("region");
        var saved = await region.PostFormAsync(url, url + "?handler=Configure", new()
        {
            ["indicatorId"] = indicatorId.ToString(), ["stamp"] = stamp, ["setup.Source"] = nameof(IndicatorSource.EventParticipants),
            ["setup.EventKind"] = nameof(EventKind.Forum), ["setup.EventLevel"] = nameof(MonitoringLevel.Region), ["setup.Metric"] = "", ["setup.Code"] = "",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            var i = await db.Set<ActivityIndicator>().SingleAsync(x => x.Id == indicatorId);
            (i.Source, i.FactEventKind, i.FactLevel).ShouldBe((IndicatorSource.EventParticipants, EventKind.Forum, MonitoringLevel.Region));
        }
        var page = await region.GetStringAsync(url);
        page.ShouldContain("факт рассчитывается: участников мероприятий за год (отмеченных присутствовавшими); вид: форум; уровень: регион");
    }
}

public sealed class RoadmapFactsHttpTestsOnPostgres(PostgresApp app) : RoadmapFactsHttpTests<PostgresApp>(app);
public sealed class RoadmapFactsHttpTestsOnSqlite(SqliteApp app) : RoadmapFactsHttpTests<SqliteApp>(app);
