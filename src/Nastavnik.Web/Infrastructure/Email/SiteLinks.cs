using Microsoft.Extensions.Options;
using Nastavnik.Web.Infrastructure.Configuration;

namespace Nastavnik.Web.Infrastructure.Email;

/// <summary>Absolute links to the site, built from its configured public address (App:PublicUrl), for e-mails and the
/// CLI, where there is no request to take the host from.</summary>
public sealed class SiteLinks(IOptions<SiteOptions> site)
{
    public string BaseUrl => (site.Value.PublicUrl is { Length: > 0 } url ? url : "http://localhost:5000").TrimEnd('/');

    public string To(string path) => BaseUrl + "/" + path.TrimStart('/');

    public string Password(string token) => To("/p/" + token);
    public string Consent(string token) => To("/c/" + token);
    public string Questionnaire(string token) => To("/q/" + token);
}
