namespace Nastavnik.Domain.Territory;

/// <summary>Russian taxpayer and registration numbers: ИНН (10 digits for a legal entity, 12 for an individual
/// entrepreneur) and ОГРН (13 digits; ОГРНИП 15), each with its check digit(s) as the tax service computes them.</summary>
public static class LegalIds
{
    private static readonly int[] Inn10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Inn12First = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Inn12Second = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    /// <summary>Digits only, spaces removed; an Excel number cell ("7012345678") arrives as text already.</summary>
    public static string Clean(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static bool IsValidInn(string? inn)
    {
        if (inn is null || !inn.All(char.IsAsciiDigit)) return false;
        return inn.Length switch
        {
            10 => Check(inn, Inn10) == inn[9] - '0',
            12 => Check(inn, Inn12First) == inn[10] - '0' && Check(inn, Inn12Second) == inn[11] - '0',
            _ => false,
        };
    }

    public static bool IsValidOgrn(string? ogrn)
    {
        if (ogrn is null || !ogrn.All(char.IsAsciiDigit)) return false;
        return ogrn.Length switch
        {
            13 => (int)(long.Parse(ogrn[..12]) % 11 % 10) == ogrn[12] - '0',
            15 => (int)(long.Parse(ogrn[..14]) % 13 % 10) == ogrn[14] - '0',
            _ => false,
        };
    }

    /// <summary>The Russian reason an ИНН is refused, or null when it is valid.</summary>
    public static string? InnProblem(string inn) =>
        !inn.All(char.IsAsciiDigit) ? $"ИНН «{inn}» должен состоять только из цифр."
        : inn.Length is not (10 or 12) ? $"ИНН «{inn}»: у юридического лица 10 цифр (у ИП — 12), а здесь {inn.Length}."
        : !IsValidInn(inn) ? $"ИНН «{inn}» не проходит проверку контрольной цифры: проверьте, нет ли опечатки."
        : null;

    /// <summary>The Russian reason an ОГРН is refused, or null when it is valid.</summary>
    public static string? OgrnProblem(string ogrn) =>
        !ogrn.All(char.IsAsciiDigit) ? $"ОГРН «{ogrn}» должен состоять только из цифр."
        : ogrn.Length is not (13 or 15) ? $"ОГРН «{ogrn}»: у юридического лица 13 цифр (ОГРНИП — 15), а здесь {ogrn.Length}."
        : !IsValidOgrn(ogrn) ? $"ОГРН «{ogrn}» не проходит проверку контрольной цифры: проверьте, нет ли опечатки."
        : null;

    private static int Check(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += (digits[i] - '0') * weights[i];
        return sum % 11 % 10;
    }
}
