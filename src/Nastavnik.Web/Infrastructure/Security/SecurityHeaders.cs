using System.Security.Cryptography;

namespace Nastavnik.Web.Infrastructure.Security;

/// <summary>Security headers on every response: a Content-Security-Policy that runs only our own scripts (and the few
/// inline ones carrying this request's nonce), no framing, no MIME sniffing, no referrer to other sites.</summary>
public static class SecurityHeaders
{
    private const string NonceKey = "nst:csp-nonce";

    /// <summary>The nonce an inline script of this response must carry.</summary>
    public static string CspNonce(this HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders must run before the page.");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // hex: nothing to encode in an attribute
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = "default-src 'self'; " +
                $"script-src 'self' 'nonce-{nonce}'; " +
                // Bootstrap's form controls draw their arrows as data: SVG; style attributes (progress bars) are ours.
                "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
                "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
