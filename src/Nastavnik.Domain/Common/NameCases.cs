using Nastavnik.Domain.People;

namespace Nastavnik.Domain.Common;

/// <summary>Падеж: the case a name takes in a document's sentence («Куратору … Ивановой Марии Петровне»).</summary>
public enum NameCase { Nominative, Genitive, Dative, Accusative, Instrumental, Prepositional }

/// <summary>Declines a Russian «Фамилия Имя Отчество» by rules (docs/decisions/0012-name-declension.md): the common
/// surname, first name and patronymic endings; the sex from the person's record or, unknown, from the patronymic, the
/// first name or the surname. Text that is not a name (a position, Latin letters, more than three words) stays as written.</summary>
public static class NameCases
{
    public static string Decline(string? fullName, NameCase @case, Sex sex = Sex.Unknown)
    {
        if (string.IsNullOrWhiteSpace(fullName)) return "";
        var text = fullName.Trim();
        if (@case == NameCase.Nominative || !TryParse(text, out var parts)) return text;
        if (sex == Sex.Unknown) sex = SexOf(parts);
        if (sex == Sex.Unknown) return text;
        return string.Join(' ', parts.Words.Select(w => w.Kind switch
        {
            Part.Surname => DeclineWord(w.Text, @case, sex, NameRules.Surname),
            Part.First => DeclineWord(w.Text, @case, sex, NameRules.First),
            Part.Patronymic => DeclineWord(w.Text, @case, sex, NameRules.Patronymic),
            _ => w.Text,
        }));
    }

    /// <summary>«И.О. Фамилия», as a signature line prints the name (the space before the surname does not break).</summary>
    public static string Signature(string? fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName)) return "";
        var text = fullName.Trim();
        if (!TryParse(text, out var parts)) return text;
        var surname = parts.Words.FirstOrDefault(w => w.Kind == Part.Surname)?.Text;
        var initials = string.Concat(parts.Words.Where(w => w.Kind != Part.Surname).Select(w => w.Kind == Part.Initials ? w.Text : w.Text[0] + "."));
        return surname is null ? text : initials.Length == 0 ? surname : initials + "\u00A0" + surname;
    }

    /// <summary>The person's sex as the name tells it: the patronymic first, then the first name, then the surname.</summary>
    public static Sex SexOf(string? fullName) =>
        !string.IsNullOrWhiteSpace(fullName) && TryParse(fullName.Trim(), out var parts) ? SexOf(parts) : Sex.Unknown;

    private enum Part { Surname, First, Patronymic, Initials }

    private sealed record Word(string Text, Part Kind);

    private sealed record Parsed(IReadOnlyList<Word> Words);

    private static bool TryParse(string text, out Parsed parsed)
    {
        parsed = new Parsed([]);
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 4) return false;
        var initials = tokens.Where(IsInitials).ToList();
        var words = tokens.Where(t => !IsInitials(t)).ToList();
        if (words.Count is 0 or > 3 || !words.All(IsNameWord)) return false;
        if (initials.Count > 0)
        {
            // «Иванова М.П.» or «М.П. Иванова»: only the surname is declined.
            if (words.Count != 1) return false;
            parsed = new Parsed(tokens.Select(t => new Word(t, IsInitials(t) ? Part.Initials : Part.Surname)).ToList());
            return true;
        }
        Part[] kinds = words.Count == 1 ? [Part.Surname] : [Part.Surname, Part.First, Part.Patronymic];
        parsed = new Parsed(words.Select((w, i) => new Word(w, kinds[i])).ToList());
        return true;
    }

    private static bool IsInitials(string token) =>
        token.Length >= 2 && token.EndsWith('.') && token.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1 && char.IsUpper(p[0]));

    private static bool IsNameWord(string token) =>
        char.IsUpper(token[0]) && token.All(c => c == '-' || c is >= 'А' and <= 'я' || c is 'ё' or 'Ё');

    private static Sex SexOf(Parsed parsed)
    {
        string? Of(Part kind) => parsed.Words.FirstOrDefault(w => w.Kind == kind)?.Text.ToLowerInvariant();
        if (Of(Part.Patronymic) is { } patronymic)
        {
            if (patronymic.EndsWith("ич") || patronymic.EndsWith("оглы")) return Sex.Male;
            if (patronymic.EndsWith("на") || patronymic.EndsWith("кызы")) return Sex.Female;
        }
        if (Of(Part.First) is { } first)
        {
            if (NameRules.MaleNamesInA.Contains(first)) return Sex.Male;
            if (NameRules.FemaleNamesInSoftSign.Contains(first) || first.EndsWith('а') || first.EndsWith('я')) return Sex.Female;
            if (!"еиоуыэю".Contains(first[^1])) return Sex.Male;
        }
        if (Of(Part.Surname) is { } surname)
        {
            if (NameRules.FemaleSurnameEndings.Any(surname.EndsWith)) return Sex.Female;
            if (NameRules.MaleSurnameEndings.Any(surname.EndsWith)) return Sex.Male;
        }
        return Sex.Unknown;
    }

    private static string DeclineWord(string word, NameCase @case, Sex sex, IReadOnlyList<NameRule> rules)
    {
        // A double surname (Петрова-Водкина) declines each part.
        if (word.Contains('-')) return string.Join('-', word.Split('-').Select(p => p.Length == 0 ? p : DeclineWord(p, @case, sex, rules)));
        var upper = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var lower = word.ToLowerInvariant();
        var stem = rules == NameRules.First ? NameRules.Stems.GetValueOrDefault(lower) : null;
        var rule = rules.FirstOrDefault(r => (r.Sex == Sex.Unknown || r.Sex == sex) && r.Endings.Any(lower.EndsWith));
        if (rule is null) return word;
        var declined = rule.Apply(stem ?? lower, @case);
        return upper ? declined.ToUpperInvariant() : char.ToUpperInvariant(declined[0]) + declined[1..];
    }
}
