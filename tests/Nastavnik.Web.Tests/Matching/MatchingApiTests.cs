using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Matching;

public abstract class MatchingApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static object Mentee(int key, int[] deficits, bool consent = true) => new
    {
        key, deficits, subjects = new[] { 0 }, organizationId = 1, municipalityId = 1, organizationType = 1, experienceYears = 1, hasConsent = consent,
    };

    private static object Mentor(int key, int[] competences, int capacity = 1) => new
    {
        key, competences, subjects = new[] { 0 }, organizationId = 1, municipalityId = 1, organizationType = 1, experienceYears = 12, capacity,
    };

    [Fact]
    public async Task ARegionPostsItsCohortAndGetsTheOptimalPairsWithScoresByCriterion()
    {
        var client = await app.LoginAsync("curator76");
        var response = await client.PostAsJsonAsync("/api/v1/matching/solve", new
        {
            mentees = new[] { Mentee(1, [0]), Mentee(2, [1]), Mentee(3, [0], consent: false) },
            mentors = new[] { Mentor(101, [0]), Mentor(102, [1]) },
            weights = new Dictionary<string, int> { ["Deficits"] = 60 },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var pairs = body.GetProperty("pairs").EnumerateArray().ToList();
        pairs.Select(p => (p.GetProperty("mentee").GetInt32(), p.GetProperty("mentor").GetInt32())).OrderBy(p => p.Item1).ShouldBe([(1, 101), (2, 102)]);
        foreach (var pair in pairs)
        {
            var lines = pair.GetProperty("lines").EnumerateArray().ToList();
            lines.Sum(l => l.GetProperty("points").GetInt32()).ShouldBe(pair.GetProperty("score").GetInt32());
            lines[0].GetProperty("points").GetInt32().ShouldBe(60, "the posted weight of the deficits criterion");
            lines[0].GetProperty("text").GetString().ShouldBe("Закрыто 1 из 1 дефицитов: №" + (pair.GetProperty("mentee").GetInt32()));
        }
        body.GetProperty("totalScore").GetInt64().ShouldBe(pairs.Sum(p => p.GetProperty("score").GetInt32()));
        var unmatched = body.GetProperty("unmatched").EnumerateArray().Single();
        unmatched.GetProperty("mentee").GetInt32().ShouldBe(3);
        unmatched.GetProperty("detail").GetString()!.ShouldContain("согласия");
    }

    [Fact]
    public async Task BadInputIsAClearRussianErrorNamingTheField()
    {
        var client = await app.LoginAsync("curator76");
        var response = await client.PostAsJsonAsync("/api/v1/matching/solve", new { mentees = new[] { Mentee(1, [70]) }, mentors = new[] { Mentor(101, [0]) } });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().ShouldBe("Поле mentees[0].deficits: номер 70 вне допустимого диапазона 0–63.");
        problem.GetProperty("field").GetString().ShouldBe("mentees[0].deficits");

        var twice = await client.PostAsJsonAsync("/api/v1/matching/solve", new { mentees = new[] { Mentee(1, [0]), Mentee(1, [1]) }, mentors = Array.Empty<object>() });
        (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("Ключ наставляемого 1 повторяется.");
    }

    [Fact]
    public async Task AnonymousCallersAreRefused()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.PostAsJsonAsync("/api/v1/matching/solve", new { mentees = Array.Empty<object>(), mentors = Array.Empty<object>() });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class MatchingApiTestsOnPostgres(PostgresApp app) : MatchingApiTests<PostgresApp>(app);
public sealed class MatchingApiTestsOnSqlite(SqliteApp app) : MatchingApiTests<SqliteApp>(app);
