namespace Nastavnik.Matching.Scoring;

/// <summary>What the engine knows of a mentee. Deficits and subjects are bit sets over the catalogues of <see cref="MatchingCatalog"/>.</summary>
public sealed record MenteeProfile
{
    public required int Key { get; init; }
    public int PersonKey { get; init; }
    public string Name { get; init; } = "";
    public ulong Deficits { get; init; }
    public ulong Subjects { get; init; }
    public int OrganizationId { get; init; }
    public int MunicipalityId { get; init; }
    public int OrganizationType { get; init; }
    public int ExperienceYears { get; init; }
    public bool HasConsent { get; init; } = true;
    /// <summary>Already in an active pair of the same program.</summary>
    public bool AlreadyPaired { get; init; }
    /// <summary>Mentor keys in the order the mentee ranked them after the group meeting (best first).</summary>
    public IReadOnlyList<int> RankedMentors { get; init; } = [];
}

/// <summary>What the engine knows of a mentor.</summary>
public sealed record MentorProfile
{
    public required int Key { get; init; }
    public int PersonKey { get; init; }
    public string Name { get; init; } = "";
    /// <summary>Deficits his competences cover.</summary>
    public ulong Competences { get; init; }
    public ulong Subjects { get; init; }
    public int OrganizationId { get; init; }
    public int MunicipalityId { get; init; }
    public int OrganizationType { get; init; }
    public int ExperienceYears { get; init; }
    public int Capacity { get; init; } = 1;
    /// <summary>Mentees he already has (in any program).</summary>
    public int Load { get; init; }
    public bool HasConsent { get; init; } = true;
    public bool IsPrepared { get; init; } = true;
    public MentorKind Kind { get; init; }
    /// <summary>Mentee keys in the order the mentor ranked them (used by the stable mode), best first.</summary>
    public IReadOnlyList<int> RankedMentees { get; init; } = [];

    public int FreeSeats => Math.Max(0, Capacity - Load);
}

/// <summary>Names of the bits of the deficit and subject sets and of the organization types, for the explanations.</summary>
public sealed record MatchingCatalog
{
    public IReadOnlyList<string> Deficits { get; init; } = [];
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public IReadOnlyDictionary<int, string> OrganizationTypes { get; init; } = new Dictionary<int, string>();

    public static MatchingCatalog Empty { get; } = new();

    public string NamesOf(ulong bits, IReadOnlyList<string> names)
    {
        var list = new List<string>();
        for (var b = 0; b < 64 && bits != 0; b++, bits >>= 1)
            if ((bits & 1) != 0) list.Add(b < names.Count ? names[b] : $"№{b + 1}");
        return string.Join(", ", list);
    }
}

/// <summary>The program's side of matching: its form, whether territory matters, its rules and weights.</summary>
public sealed record MatchingRules
{
    public CriterionWeights Weights { get; init; } = CriterionWeights.Default;
    /// <summary>The kind of mentor the program's form needs («учитель – учитель» → педагог), or null for any.</summary>
    public MentorKind? FormMentorKind { get; init; }
    public string FormName { get; init; } = "";
    public bool RequireFormMatch { get; init; } = true;
    public bool RequirePreparation { get; init; }
    /// <summary>Network and virtual formats: the territory criterion does not apply.</summary>
    public bool TerritoryNotNeeded { get; init; }
    public MatchingCatalog Catalog { get; init; } = MatchingCatalog.Empty;
}
