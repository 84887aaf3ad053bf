namespace Nastavnik.Matching.Scoring;

/// <summary>Points each criterion gives at a full match. Defaults put the mentee's deficits first.</summary>
public sealed record CriterionWeights
{
    public const int MaxWeight = 1000;

    public int Deficits { get; init; } = 40;
    public int Subject { get; init; } = 15;
    public int OrganizationType { get; init; } = 5;
    public int Territory { get; init; } = 10;
    public int Experience { get; init; } = 10;
    public int Load { get; init; } = 5;
    public int Preference { get; init; } = 15;
    public int Form { get; init; } = 0;

    public static CriterionWeights Default { get; } = new();

    public int this[Criterion c] => c switch
    {
        Criterion.Deficits => Deficits,
        Criterion.Subject => Subject,
        Criterion.OrganizationType => OrganizationType,
        Criterion.Territory => Territory,
        Criterion.Experience => Experience,
        Criterion.Load => Load,
        Criterion.Preference => Preference,
        Criterion.Form => Form,
        _ => 0,
    };

    public CriterionWeights With(Criterion c, int weight) => c switch
    {
        Criterion.Deficits => this with { Deficits = weight },
        Criterion.Subject => this with { Subject = weight },
        Criterion.OrganizationType => this with { OrganizationType = weight },
        Criterion.Territory => this with { Territory = weight },
        Criterion.Experience => this with { Experience = weight },
        Criterion.Load => this with { Load = weight },
        Criterion.Preference => this with { Preference = weight },
        Criterion.Form => this with { Form = weight },
        _ => this,
    };

    /// <summary>Russian message naming the bad weight, or null.</summary>
    public string? Validate()
    {
        foreach (var c in Enum.GetValues<Criterion>())
            if (this[c] is < 0 or > MaxWeight)
                return $"Вес критерия «{MatchingNames.Of(c)}» должен быть от 0 до {MaxWeight}.";
        return null;
    }

    /// <summary>Compact text form "Deficits=40;Subject=15;…" to keep with a run.</summary>
    public override string ToString() => string.Join(';', Enum.GetValues<Criterion>().Select(c => $"{c}={this[c]}"));

    public static CriterionWeights Parse(string? text)
    {
        var weights = Default;
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=');
            if (kv.Length == 2 && Enum.TryParse<Criterion>(kv[0], out var c) && int.TryParse(kv[1], out var w))
                weights = weights.With(c, w);
        }
        return weights;
    }
}
