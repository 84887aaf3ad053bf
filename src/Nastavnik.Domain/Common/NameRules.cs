using Nastavnik.Domain.People;

namespace Nastavnik.Domain.Common;

/// <summary>One ending's forms: for the genitive, dative, accusative, instrumental and prepositional a change written
/// as letters to drop («-» each) and letters to add; «.» — the word does not change.</summary>
public sealed record NameRule(Sex Sex, string[] Endings, params string[] Changes)
{
    public string Apply(string word, NameCase @case)
    {
        if (@case == NameCase.Nominative) return word;
        var change = Changes[(int)@case - 1];
        if (change == ".") return word;
        var drop = change.TakeWhile(c => c == '-').Count();
        return word[..^drop] + change[drop..];
    }
}

/// <summary>The endings of Russian surnames, first names and patronymics, the most specific first.</summary>
public static class NameRules
{
    private const Sex Any = Sex.Unknown, M = Sex.Male, F = Sex.Female;
    private static readonly string[] Hushing = ["ж", "ш", "ч", "щ", "ц"];
    private static readonly string[] Consonants = ["б", "в", "г", "д", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х"];

    /// <summary>Endings in -а/-я, the same for surnames and first names of either sex (Сковорода, Никита, Мария).</summary>
    private static readonly NameRule[] InA =
    [
        new(Any, ["ия"], "-и", "-и", "-ю", "-ей", "-и"),
        new(Any, ["жа", "ша", "ча", "ща"], "-и", "-е", "-у", "-ей", "-е"),
        new(Any, ["га", "ка", "ха"], "-и", "-е", "-у", "-ой", "-е"),
        new(Any, ["ца"], "-ы", "-е", "-у", "-ей", "-е"),
        new(Any, ["а"], "-ы", "-е", "-у", "-ой", "-е"),
        new(Any, ["я"], "-и", "-е", "-ю", "-ей", "-е"),
    ];

    public static readonly IReadOnlyList<NameRule> Surname =
    [
        new(Any, ["ых", "их", "ко", "о", "е", "э", "и", "ы", "у", "ю"], ".", ".", ".", ".", "."),
        new(M, ["ский", "цкий", "кий", "гий", "хий", "ый"], "--ого", "--ому", "--ого", "-м", "--ом"),
        new(M, ["кой", "гой", "хой", "жой", "шой", "чой", "щой"], "--ого", "--ому", "--ого", "--им", "--ом"),
        new(M, ["ой"], "--ого", "--ому", "--ого", "--ым", "--ом"),
        new(M, ["ий"], "--его", "--ему", "--его", "-м", "--ем"),
        new(M, ["ов", "ев", "ёв", "ин", "ын"], "а", "у", "а", "ым", "е"),
        new(M, ["ь", "й"], "-я", "-ю", "-я", "-ем", "-е"),
        new(M, Hushing, "а", "у", "а", "ем", "е"),
        new(M, Consonants, "а", "у", "а", "ом", "е"),
        new(F, ["ова", "ева", "ёва", "ина", "ына"], "-ой", "-ой", "-у", "-ой", "-ой"),
        new(F, ["ая"], "--ой", "--ой", "--ую", "--ой", "--ой"),
        new(F, ["яя"], "--ей", "--ей", "--юю", "--ей", "--ей"),
        new(F, [.. Hushing, .. Consonants, "ь", "й"], ".", ".", ".", ".", "."),
        .. InA,
    ];

    public static readonly IReadOnlyList<NameRule> First =
    [
        new(M, ["ий"], "-я", "-ю", "-я", "-ем", "-и"),
        new(M, ["ь", "й"], "-я", "-ю", "-я", "-ем", "-е"),
        new(M, Hushing, "а", "у", "а", "ем", "е"),
        new(M, Consonants, "а", "у", "а", "ом", "е"),
        new(F, ["ь"], "-и", "-и", ".", "ю", "-и"),
        .. InA,
    ];

    public static readonly IReadOnlyList<NameRule> Patronymic =
    [
        new(M, ["ильич", "кузьмич", "лукич", "фомич"], "а", "у", "а", "ом", "е"),
        new(M, ["ич"], "а", "у", "а", "ем", "е"),
        new(F, ["на"], "-ы", "-е", "-у", "-ой", "-е"),
    ];

    /// <summary>First names whose vowel drops when declined: Пётр — Петра, Павел — Павла, Лев — Льва.</summary>
    public static readonly IReadOnlyDictionary<string, string> Stems = new Dictionary<string, string>
    {
        ["пётр"] = "петр", ["петр"] = "петр", ["павел"] = "павл", ["лев"] = "льв",
    };

    public static readonly HashSet<string> MaleNamesInA =
        ["никита", "илья", "кузьма", "фома", "лука", "савва", "данила", "гаврила", "фока", "добрыня", "муса", "иса"];

    public static readonly HashSet<string> FemaleNamesInSoftSign = ["любовь", "нинель", "адель", "ассоль", "эсфирь", "юдифь", "рахиль", "айгуль"];

    public static readonly string[] FemaleSurnameEndings = ["ова", "ева", "ёва", "ина", "ына", "ая", "яя"];
    public static readonly string[] MaleSurnameEndings = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ый"];
}
