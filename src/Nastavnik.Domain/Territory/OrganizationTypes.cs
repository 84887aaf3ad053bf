namespace Nastavnik.Domain.Territory;

/// <summary>Recognises an organization's type from the words and abbreviations Russian lists use for it
/// («СОШ», «МБОУ», «детский сад», «организация дополнительного образования», «колледж», «вуз»…).</summary>
public static class OrganizationTypes
{
    // Checked in order: the more specific words first («дошкольная образовательная» before «образовательная»,
    // «профессиональная образовательная» before «общеобразовательная»).
    private static readonly (OrganizationType Type, string[] Words)[] Rules =
    [
        (OrganizationType.Preschool, ["доу", "дошкольн", "детский сад", "детсад", "мбдоу", "мадоу", "мдоу"]),
        (OrganizationType.AdditionalEducation, ["дополнительн", "цдо", "ддт", "дюсш", "дши", "цдт", "дом детского творчества", "центр детского творчества", "до"]),
        (OrganizationType.College, ["профессиональн", "поо", "спо", "техникум", "колледж", "училищ"]),
        (OrganizationType.University, ["вуз", "университет", "институт", "академи", "высшего образования"]),
        (OrganizationType.Authority, ["орган управления", "управление образования", "отдел образования", "департамент", "министерств", "комитет", "методическ", "ммц", "имц", "рцро"]),
        (OrganizationType.CultureSport, ["культур", "спорт", "библиотек", "музей", "театр", "дом культуры"]),
        (OrganizationType.Ngo, ["нко", "некоммерческ", "ано", "фонд", "общественн", "ассоциаци"]),
        (OrganizationType.Enterprise, ["предприят", "ооо", "оао", "пао", "зао", "ао", "компани", "завод", "организация партнер"]),
        (OrganizationType.School, ["сош", "оош", "нош", "школ", "оо", "моу", "мбоу", "маоу", "мкоу", "гбоу", "огбоу", "лицей", "гимнази", "общеобразовательн", "образовательная организация", "кадетск", "интернат"]),
    ];

    /// <summary>The type named by <paramref name="text"/>, or null if no rule matches. An exact enum name
    /// (School, Preschool…) or its number is accepted too, as the API and a re-imported export carry them.</summary>
    public static OrganizationType? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Enum.TryParse<OrganizationType>(text.Trim(), ignoreCase: true, out var exact) && Enum.IsDefined(exact)) return exact;
        var words = " " + Words(text) + " ";
        foreach (var (type, keys) in Rules)
            if (keys.Any(k => Matches(words, k))) return type;
        return null;
    }

    private static string Words(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Replace('ё', 'е').Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Short keys (≤ 3 letters: «ОО», «ДО», «ДОУ», «ООО») match whole words only; longer ones match word beginnings.</summary>
    private static bool Matches(string words, string key) =>
        key.Length <= 3 ? words.Contains(" " + key + " ", StringComparison.Ordinal) : words.Contains(" " + key, StringComparison.Ordinal);
}
