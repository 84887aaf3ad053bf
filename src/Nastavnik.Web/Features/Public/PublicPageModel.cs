using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nastavnik.Web.Features.Public;

/// <summary>A deliberately public page: anonymous, the same for everyone, cached for five minutes by browsers and proxies.</summary>
[AllowAnonymous]
[ResponseCache(Duration = PublicPageModel.CacheSeconds, Location = ResponseCacheLocation.Any)]
public abstract class PublicPageModel : PageModel
{
    public const int CacheSeconds = 300;
}
