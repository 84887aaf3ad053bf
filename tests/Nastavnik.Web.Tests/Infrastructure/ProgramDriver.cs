using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Nastavnik.Web.Tests.Infrastructure;

public sealed record PairPeople(int Mentor, int MentorPerson, int Mentee, int MenteePerson);

/// <summary>Makes programs, people and pairs through the public API, the way a curator's own tools would.</summary>
public static class ProgramDriver
{
    /// <param name="form">The program's form; the demo mentee of СОШ № 76 is a pupil, so a pair with him needs «педагог – ученик».</param>
    public static async Task<(HttpClient Client, int ProgramId)> ProgramAsync(this AppFactory app, bool requiresPreparation, string curator = "curator76", string school = DemoData.School76,
        string form = "TeacherTeacher")
    {
        var client = await app.LoginAsync(curator);
        var response = await client.PostAsJsonAsync("/api/v1/programs", new
        {
            organizationId = await app.OrganizationIdAsync(school), name = $"Пары {Guid.NewGuid():N}", form,
            startsOn = "2026-09-01", endsOn = "2027-05-31", template = "School", requiresMentorPreparation = requiresPreparation,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (client, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
    }

    /// <summary>A fresh mentor and mentee of the school with the given consent, preparation and mentee deficits.</summary>
    public static async Task<PairPeople> PeopleAsync(this AppFactory app, HttpClient client, bool menteeConsent, bool mentorPrepared, int capacity = 1,
        int[]? deficitIds = null, string school = DemoData.School76)
    {
        var org = await app.OrganizationIdAsync(school);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mentor = await (await client.PostAsJsonAsync("/api/v1/mentors", new
        {
            person = new { organizationId = org, lastName = "Опытная" + tag, firstName = "Ирина", birthDate = "1975-03-03" },
            capacity, interviewStatus = mentorPrepared ? "Passed" : "NotDone",
        })).Content.ReadFromJsonAsync<JsonElement>();
        if (mentorPrepared) await client.TrainAsync(mentor.GetProperty("id").GetInt32());
        var mentee = await (await client.PostAsJsonAsync("/api/v1/mentees", new
        {
            person = new { organizationId = org, lastName = "Молодой" + tag, firstName = "Олег", birthDate = "2001-04-04" }, category = "YoungSpecialist",
            deficitIds = deficitIds ?? [],
        })).Content.ReadFromJsonAsync<JsonElement>();
        var people = new PairPeople(mentor.GetProperty("id").GetInt32(), mentor.GetProperty("person").GetProperty("id").GetInt32(),
            mentee.GetProperty("id").GetInt32(), mentee.GetProperty("person").GetProperty("id").GetInt32());
        (await client.PostAsJsonAsync($"/api/v1/people/{people.MentorPerson}/consents", new { givenOn = "2026-09-01" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        if (menteeConsent)
            (await client.PostAsJsonAsync($"/api/v1/people/{people.MenteePerson}/consents", new { givenOn = "2026-09-01" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return people;
    }

    /// <summary>Records the mentor's passed training (its status follows from the record, it is never set by hand).</summary>
    public static async Task TrainAsync(this HttpClient client, int mentorId) =>
        (await client.PostAsJsonAsync($"/api/v1/mentors/{mentorId}/preparations", new { kind = "Training", heldOn = "2024-06-01", passed = true, outcome = "Школа наставника, 36 ч" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

    /// <summary>A pair proposed and fixed by an order; returns its id.</summary>
    public static async Task<int> ActivePairAsync(this HttpClient client, int programId, PairPeople people)
    {
        (await client.PostAsJsonAsync($"/api/v1/programs/{programId}/pairs", new { mentorId = people.Mentor, menteeId = people.Mentee })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync($"/api/v1/programs/{programId}/pairs/order", new { orderNumber = "15-од", orderDate = DemoToday.Day.ToString("yyyy-MM-dd") })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pairs = await client.GetFromJsonAsync<JsonElement>($"/api/v1/programs/{programId}/pairs");
        return pairs.EnumerateArray().Single(p => p.GetProperty("menteeId").GetInt32() == people.Mentee && p.GetProperty("status").GetString() == "Active").GetProperty("id").GetInt32();
    }
}
