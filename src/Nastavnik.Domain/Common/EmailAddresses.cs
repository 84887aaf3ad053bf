namespace Nastavnik.Domain.Common;

/// <summary>One rule for e-mail addresses typed or imported by people.</summary>
public static class EmailAddresses
{
    public static bool IsValid(string? email) =>
        !string.IsNullOrWhiteSpace(email) && System.Net.Mail.MailAddress.TryCreate(email.Trim(), out var parsed)
        && parsed.Address == email.Trim() && email.Contains('.', StringComparison.Ordinal);

    /// <returns>The trimmed, lower-cased address, or null for an empty one.</returns>
    /// <exception cref="DomainException">The address is not an e-mail address (the message names the field).</exception>
    public static string? Normalize(string? email, string field)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        if (!IsValid(email)) throw new DomainException($"Адрес электронной почты «{email.Trim()}» указан неверно.", field);
        return email.Trim().ToLowerInvariant();
    }
}
