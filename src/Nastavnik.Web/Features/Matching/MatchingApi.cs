using System.ComponentModel.DataAnnotations;
using Nastavnik.Domain.Common;
using Nastavnik.Matching.Engine;
using Nastavnik.Matching.Scoring;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Validation;

namespace Nastavnik.Web.Features.Matching;

// JSON shapes of POST /api/v1/matching/solve: a region runs the engine on its own data from its own tools.
// Deficits, competences and subjects are lists of catalogue positions 0..63 (the caller's own catalogues).

public sealed record SolveMenteeDto(int Key, int[]? Deficits, int[]? Subjects, int OrganizationId, int MunicipalityId, int OrganizationType,
    int ExperienceYears, bool HasConsent = true, bool AlreadyPaired = false, int[]? RankedMentors = null, int PersonKey = 0);

public sealed record SolveMentorDto(int Key, int[]? Competences, int[]? Subjects, int OrganizationId, int MunicipalityId, int OrganizationType,
    int ExperienceYears, int Capacity = 1, int Load = 0, bool HasConsent = true, bool IsPrepared = true,
    [KnownValue] MentorKind Kind = MentorKind.Teacher,
    int[]? RankedMentees = null, int PersonKey = 0);

public sealed record SolveRequest(IReadOnlyList<SolveMenteeDto> Mentees, IReadOnlyList<SolveMentorDto> Mentors,
    [KnownValue] MatchingMode Mode = MatchingMode.Optimal,
    [KnownValue] Dictionary<Criterion, int>? Weights = null, [KnownValue] MentorKind? FormMentorKind = null, bool RequirePreparation = false,
    bool TerritoryNotNeeded = false,
    int[][]? NotWith = null, int[][]? Locked = null, int TopK = 32);

public sealed record SolveLineDto(Criterion Criterion, string CriterionName, int Points, int MaxPoints, string Text);
public sealed record SolvePairDto(int Mentee, int Mentor, int Score, bool Locked, IReadOnlyList<SolveLineDto> Lines);
public sealed record SolveUnmatchedDto(int Mentee, UnmatchedReason Reason, string ReasonName, string Detail);
public sealed record SolveResponse(long TotalScore, int Matched, bool UsedCandidates, IReadOnlyList<SolvePairDto> Pairs, IReadOnlyList<SolveUnmatchedDto> Unmatched);

public static class MatchingApi
{
    public const int MaxMentees = 200_000;
    public const int MaxMentors = 60_000;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/matching/solve", (SolveRequest request, CancellationToken cancel) => TypedResults.Ok(Solve(request, cancel)))
            .WithTags("Подбор пар").RequireAuthorization(Policies.EditRegistries)
            .WithSummary("Подбор пар на присланных данных: баллы по критериям, точный оптимум или устойчивое паросочетание");
    }

    public static SolveResponse Solve(SolveRequest request, CancellationToken cancel)
    {
        if (request.Mentees is null || request.Mentors is null)
            throw new DomainException("Нужны списки mentees и mentors.", "mentees");
        if (request.Mentees.Count > MaxMentees) throw new DomainException($"Не более {MaxMentees} наставляемых за один запрос.", "mentees");
        if (request.Mentors.Count > MaxMentors) throw new DomainException($"Не более {MaxMentors} наставников за один запрос.", "mentors");
        if (request.TopK is < 1 or > 256) throw new DomainException("topK должен быть от 1 до 256.", "topK");
        Unique(request.Mentees.Select(m => m.Key), "mentees", "наставляемого");
        Unique(request.Mentors.Select(m => m.Key), "mentors", "наставника");
        var weights = CriterionWeights.Default;
        foreach (var (criterion, weight) in request.Weights ?? [])
            weights = weights.With(criterion, weight);
        if (weights.Validate() is { } bad) throw new DomainException(bad, "weights");
        foreach (var m in request.Mentors)
            if (m.Capacity is < 0 or > 30) throw new DomainException($"Наставник {m.Key}: вместимость должна быть от 0 до 30.", "mentors.capacity");

        var input = new MatchingInput
        {
            Mode = request.Mode,
            Rules = new MatchingRules { Weights = weights, FormMentorKind = request.FormMentorKind, RequirePreparation = request.RequirePreparation, TerritoryNotNeeded = request.TerritoryNotNeeded },
            Mentees = request.Mentees.Select((m, i) => new MenteeProfile
            {
                Key = m.Key, PersonKey = m.PersonKey, Deficits = Bits(m.Deficits, $"mentees[{i}].deficits"), Subjects = Bits(m.Subjects, $"mentees[{i}].subjects"),
                OrganizationId = m.OrganizationId, MunicipalityId = m.MunicipalityId, OrganizationType = m.OrganizationType, ExperienceYears = m.ExperienceYears,
                HasConsent = m.HasConsent, AlreadyPaired = m.AlreadyPaired, RankedMentors = m.RankedMentors ?? [],
            }).ToList(),
            Mentors = request.Mentors.Select((m, j) => new MentorProfile
            {
                Key = m.Key, PersonKey = m.PersonKey, Competences = Bits(m.Competences, $"mentors[{j}].competences"), Subjects = Bits(m.Subjects, $"mentors[{j}].subjects"),
                OrganizationId = m.OrganizationId, MunicipalityId = m.MunicipalityId, OrganizationType = m.OrganizationType, ExperienceYears = m.ExperienceYears,
                Capacity = m.Capacity, Load = m.Load, HasConsent = m.HasConsent, IsPrepared = m.IsPrepared, Kind = m.Kind, RankedMentees = m.RankedMentees ?? [],
            }).ToList(),
            NotWith = Pairs(request.NotWith, "notWith"),
            Locked = Pairs(request.Locked, "locked"),
            TopK = request.TopK,
        };
        var result = MatchingEngine.Run(input, cancel: cancel);
        return new SolveResponse(result.TotalScore, result.Pairs.Count, result.UsedCandidates,
            result.Pairs.Select(p => new SolvePairDto(p.Mentee, p.Mentor, p.Score, p.Locked,
                p.Lines.Select(l => new SolveLineDto(l.Criterion, MatchingNames.Of(l.Criterion), l.Points, l.MaxPoints, l.Text)).ToList())).ToList(),
            result.Unmatched.Select(u => new SolveUnmatchedDto(u.Mentee, u.Reason, MatchingNames.Of(u.Reason), u.Detail)).ToList());
    }

    private static void Unique(IEnumerable<int> keys, string field, string who)
    {
        var seen = new HashSet<int>();
        foreach (var key in keys)
            if (!seen.Add(key)) throw new DomainException($"Ключ {who} {key} повторяется.", field);
    }

    private static ulong Bits(int[]? positions, string field)
    {
        ulong bits = 0;
        foreach (var p in positions ?? [])
        {
            if (p is < 0 or > 63) throw new DomainException($"Поле {field}: номер {p} вне допустимого диапазона 0–63.", field);
            bits |= 1UL << p;
        }
        return bits;
    }

    private static List<(int, int)> Pairs(int[][]? pairs, string field) =>
        (pairs ?? []).Select((p, k) => p is { Length: 2 } ? (p[0], p[1])
            : throw new DomainException($"Поле {field}[{k}]: пара задаётся как [наставляемый, наставник].", field)).ToList();
}
