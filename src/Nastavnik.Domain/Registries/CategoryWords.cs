using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Registries;

/// <summary>A value of the mentee base's category: the category and, for pupils and students, their priority groups.</summary>
public sealed record CategoryChoice(MenteeCategory Category, PriorityGroups Groups = PriorityGroups.None)
{
    /// <summary>A stable key for a form's select: «Pupil» or «Pupil+Disabilities».</summary>
    public string Key => Groups == PriorityGroups.None ? Category.ToString() : $"{Category}+{Groups}";

    public string Title => Groups == PriorityGroups.None ? Category.Ru() : $"{Category.Ru()}: {Groups.Ru()}";

    public static CategoryChoice? FromKey(string? key)
    {
        var parts = (key ?? "").Split('+', 2);
        if (!Enum.TryParse<MenteeCategory>(parts[0], out var category) || !Enum.IsDefined(category)) return null;
        if (parts.Length == 1) return new(category);
        return Enum.TryParse<PriorityGroups>(parts[1], out var groups) && groups != PriorityGroups.None
            && category is MenteeCategory.Pupil or MenteeCategory.Student ? new(category, groups) : null;
    }
}

/// <summary>Reads a mentee's category as schools write it («ребёнок с ОВЗ», «ТЖС», «молодой педагог», «одарённый» …) into
/// the registry's categories; ё, case, spaces and punctuation do not matter. A value it does not know gives null — never a
/// default: the import asks the user to map it.</summary>
public static class CategoryWords
{
    /// <summary>The registry's categories a user can map an unknown value to: each category, and a pupil in each priority group.</summary>
    public static readonly IReadOnlyList<CategoryChoice> Choices =
    [
        .. Enum.GetValues<MenteeCategory>().Select(c => new CategoryChoice(c)),
        .. RussianNames.All<PriorityGroups>().Select(g => new CategoryChoice(MenteeCategory.Pupil, g.Value)),
    ];

    // Word stems (normalised) → what they say; the first staff category found wins, groups add up.
    private static readonly (string Stem, MenteeCategory Category)[] StaffWords =
    [
        ("молод", MenteeCategory.YoungSpecialist), ("начинающ", MenteeCategory.YoungSpecialist),
        ("обязанност", MenteeCategory.NewDuties), ("технолог", MenteeCategory.NewDuties), ("осваива", MenteeCategory.NewDuties),
        ("перешедш", MenteeCategory.Transfer), ("другой организации", MenteeCategory.Transfer), ("из другого", MenteeCategory.Transfer),
        ("затруднен", MenteeCategory.Difficulties), ("дефицит", MenteeCategory.Difficulties),
    ];

    private static readonly (string Stem, PriorityGroups Group)[] GroupWords =
    [
        ("овз", PriorityGroups.Disabilities), ("ограниченными возможностями", PriorityGroups.Disabilities), ("инвалид", PriorityGroups.Disabilities),
        ("одарен", PriorityGroups.Gifted), ("выдающиеся способност", PriorityGroups.Gifted), ("высокомотивирован", PriorityGroups.Gifted),
        ("тжс", PriorityGroups.DifficultSituation), ("трудной жизненной", PriorityGroups.DifficultSituation), ("трудная жизненная", PriorityGroups.DifficultSituation),
        ("малоимущ", PriorityGroups.LowIncome), ("малообеспечен", PriorityGroups.LowIncome),
        ("сельск", PriorityGroups.Rural), ("труднодоступн", PriorityGroups.Rural), ("отдаленн", PriorityGroups.Rural),
        ("сирот", PriorityGroups.Orphans), ("без попечения", PriorityGroups.Orphans),
    ];

    private static readonly string[] PupilWords = ["обучающ", "ученик", "ученица", "учащ", "школьник", "ребенок", "дети", "воспитанник"];

    /// <summary>The registry's category for a value as written, or null when the value says nothing the registry knows.</summary>
    public static CategoryChoice? Parse(string? text)
    {
        var t = Normalize(text);
        if (t.Length == 0) return null;
        foreach (var choice in Choices)
            if (Normalize(choice.Title) == t || Normalize(choice.Key) == t) return choice;
        var groups = GroupWords.Where(w => Has(t, w.Stem)).Aggregate(PriorityGroups.None, (a, w) => a | w.Group);
        if (Has(t, "студент")) return new(MenteeCategory.Student, groups);
        if (groups != PriorityGroups.None || PupilWords.Any(w => Has(t, w))) return new(MenteeCategory.Pupil, groups);
        foreach (var (stem, category) in StaffWords)
            if (Has(t, stem)) return new(category);
        return null;
    }

    public static string Normalize(string? text) => SearchText.Words(text);

    /// <summary>A stem at the start of a word of the text (so «овз» is not found inside another word).</summary>
    private static bool Has(string text, string stem) => (" " + text).Contains(" " + stem, StringComparison.Ordinal);
}
