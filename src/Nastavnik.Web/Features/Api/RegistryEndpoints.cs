using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Nastavnik.Domain.Registries;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Mentees;
using Nastavnik.Web.Features.Mentors;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;
using System.ComponentModel.DataAnnotations;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Api;

public sealed record MenteeDto(int Id, PersonDto Person, string Category, PriorityGroups PriorityGroups, string? Request,
    IReadOnlyList<int> DeficitIds, bool IsArchived, Guid ConcurrencyStamp);
public sealed record MentorDto(int Id, PersonDto Person, string? Competences, MentoringForms Forms, MentoringFormats Formats, int Capacity,
    PreparationStatus TrainingStatus, PreparationStatus InterviewStatus, bool IsExpert, IReadOnlyList<int> DeficitIds, bool IsArchived, Guid ConcurrencyStamp);
public sealed record ArchiveRequest(bool Archived, Guid? ConcurrencyStamp);
/// <summary>A mentor's training or interview with its outcome (a failed one says why).</summary>
public sealed record PreparationRequest(
    [KnownValue] [Display(Name = "Вид подготовки")] PreparationKind Kind, DateOnly HeldOn, bool Passed,
    [StringLength(2000, ErrorMessage = FieldMessages.TooLong)] [Display(Name = "Итог")] string? Outcome);

/// <summary>The bases of mentees and mentors: the same handlers as the pages, the same scope.</summary>
public static class RegistryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var mentees = api.MapGroup("/mentees").WithTags("База наставляемых");
        mentees.MapGet("/", (MenteeQueries q, ClaimsPrincipalAccessor who, [AsParameters] RegistryFilterQuery f, SearchTerms terms, CancellationToken ct) =>
            q.ListAsync(who.Scope, f.ToFilter(terms), ct));
        mentees.MapGet("/{id:int}", async Task<Results<Ok<MenteeDto>, NotFound>> (int id, MenteeQueries q, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
            await q.FindAsync(who.Scope, id) is { } m ? TypedResults.Ok(ToDto(m, clock.Today)) : TypedResults.NotFound());
        mentees.MapPost("/", async (MenteeInput input, MenteeEditor editor, MenteeQueries q, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
        {
            var created = await editor.CreateAsync(who.Scope, input);
            return TypedResults.Created($"/api/v1/mentees/{created.Id}", ToDto((await q.FindAsync(who.Scope, created.Id))!, clock.Today));
        }).RequireAuthorization(Policies.EditRegistries);
        mentees.MapPut("/{id:int}", async Task<Results<Ok<MenteeDto>, NotFound>> (int id, MenteeInput input, MenteeEditor editor, MenteeQueries q, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
            await editor.UpdateAsync(who.Scope, id, input) is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto((await q.FindAsync(who.Scope, id))!, clock.Today)))
            .RequireAuthorization(Policies.EditRegistries);
        mentees.MapPost("/{id:int}/archive", async Task<Results<NoContent, NotFound>> (int id, ArchiveRequest r, MenteeEditor editor, ClaimsPrincipalAccessor who) =>
            await editor.SetArchivedAsync(who.Scope, id, r.Archived, r.ConcurrencyStamp) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .RequireAuthorization(Policies.EditRegistries);

        var mentors = api.MapGroup("/mentors").WithTags("База наставников");
        mentors.MapGet("/", (MentorQueries q, ClaimsPrincipalAccessor who, [AsParameters] RegistryFilterQuery f, SearchTerms terms, CancellationToken ct) =>
            q.ListAsync(who.Scope, f.ToFilter(terms), ct));
        mentors.MapGet("/{id:int}", async Task<Results<Ok<MentorDto>, NotFound>> (int id, MentorQueries q, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
            await q.FindAsync(who.Scope, id) is { } m ? TypedResults.Ok(ToDto(m, clock.Today)) : TypedResults.NotFound());
        mentors.MapPost("/", async (MentorInput input, MentorEditor editor, MentorQueries q, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
        {
            var created = await editor.CreateAsync(who.Scope, input);
            return TypedResults.Created($"/api/v1/mentors/{created.Id}", ToDto((await q.FindAsync(who.Scope, created.Id))!, clock.Today));
        }).RequireAuthorization(Policies.EditRegistries);
        mentors.MapPut("/{id:int}", async Task<Results<Ok<MentorDto>, NotFound>> (int id, MentorInput input, MentorEditor editor, MentorQueries q, TerritoryClock clock, ClaimsPrincipalAccessor who) =>
            await editor.UpdateAsync(who.Scope, id, input) is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto((await q.FindAsync(who.Scope, id))!, clock.Today)))
            .RequireAuthorization(Policies.EditRegistries);
        mentors.MapPost("/{id:int}/archive", async Task<Results<NoContent, NotFound>> (int id, ArchiveRequest r, MentorEditor editor, ClaimsPrincipalAccessor who) =>
            await editor.SetArchivedAsync(who.Scope, id, r.Archived, r.ConcurrencyStamp) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .RequireAuthorization(Policies.EditRegistries);
        // Training and interview are recorded, never set as a status: the status follows from the records.
        mentors.MapPost("/{id:int}/preparations", async Task<Results<NoContent, NotFound>> (int id, PreparationRequest r, MentorEditor editor, ClaimsPrincipalAccessor who) =>
            await editor.RecordPreparationAsync(who.Scope, id, r.Kind, r.HeldOn, r.Passed, r.Outcome) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .RequireAuthorization(Policies.EditRegistries);
    }

    private static MenteeDto ToDto(Mentee m, DateOnly today) => new(m.Id, PersonDto.From(m.Person!, today), m.Category.ToString(),
        m.PriorityGroups, m.Request, m.Deficits.Select(d => d.Id).ToList(), m.IsArchived, m.ConcurrencyStamp);

    private static MentorDto ToDto(Mentor m, DateOnly today) => new(m.Id, PersonDto.From(m.Person!, today), m.Competences, m.Forms, m.Formats,
        m.Capacity, m.TrainingStatus, m.InterviewStatus, m.IsExpert, m.CoveredDeficits.Select(d => d.Id).ToList(), m.IsArchived, m.ConcurrencyStamp);
}

/// <summary>Query-string form of RegistryFilter for minimal APIs.</summary>
public sealed class RegistryFilterQuery
{
    [FromQuery] public string? Q { get; set; }
    /// <summary>The term encrypted, as the app's own links carry it (export links of a searched list).</summary>
    [FromQuery] public string? Qs { get; set; }
    [FromQuery] public int? OrganizationId { get; set; }
    [FromQuery] public int? MunicipalityId { get; set; }
    [FromQuery] public int? Category { get; set; }
    [FromQuery] public string? Subject { get; set; }
    [FromQuery] public int? DeficitId { get; set; }
    [FromQuery] public ConsentFilter? Consent { get; set; }
    [FromQuery] public bool? Archived { get; set; }
    [FromQuery] public string? Sort { get; set; }
    [FromQuery] public bool? Desc { get; set; }
    [FromQuery] public int? Page { get; set; }
    [FromQuery] public int? PageSize { get; set; }

    public RegistryFilter ToFilter(SearchTerms terms) => new RegistryFilter
    {
        Q = Q, Qs = Qs, OrganizationId = OrganizationId, MunicipalityId = MunicipalityId, Category = Category, Subject = Subject,
        DeficitId = DeficitId, Consent = Consent ?? ConsentFilter.Any, Archived = Archived ?? false, Sort = Sort ?? "name",
        Desc = Desc ?? false, Page = Page ?? 1, PageSize = PageSize ?? 50,
    }.WithSearchTerm(terms);
}
