using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Nastavnik.Web.Features.Registries;

/// <summary>A registry search term is a surname or an e-mail: personal data. Links the app makes (paging, sorting,
/// export, the address bar) carry it encrypted as <c>qs=…</c> — never readable in browser history, proxy logs or
/// Referer headers. The keys are the app's data-protection keys, shared by all instances.</summary>
public sealed class SearchTerms(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Nastavnik.Registries.SearchTerm");

    public string? Protect(string? term) => string.IsNullOrWhiteSpace(term) ? null : _protector.Protect(term.Trim());

    /// <returns>The term, or null when the link is damaged or made with keys that no longer exist.</returns>
    public string? Unprotect(string? protectedTerm)
    {
        if (string.IsNullOrEmpty(protectedTerm)) return null;
        try { return _protector.Unprotect(protectedTerm); }
        catch (Exception ex) when (ex is CryptographicException or FormatException) { return null; }
    }
}
