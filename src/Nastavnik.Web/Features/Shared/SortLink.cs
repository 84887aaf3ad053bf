using Microsoft.AspNetCore.Html;
using Nastavnik.Web.Features.Registries;

namespace Nastavnik.Web.Features.Shared;

public static class SortLink
{
    /// <summary>A column header that sorts by the column and flips the direction on a second click.</summary>
    public static IHtmlContent Header(string path, RegistryFilter f, string key, string title)
    {
        var active = f.Sort == key;
        var desc = active && !f.Desc;
        var query = QueryString.Create(f.ToRoute(page: 1, sort: key, desc: desc).Where(kv => kv.Value is not null));
        var arrow = active ? (f.Desc ? " ▼" : " ▲") : "";
        var aria = active ? (f.Desc ? "descending" : "ascending") : "none";
        return new HtmlString($"<a href=\"{path}{query}\" aria-sort=\"{aria}\">{System.Net.WebUtility.HtmlEncode(title)}{arrow}</a>");
    }

    public static string PageUrl(string path, RegistryFilter f, int page) =>
        path + QueryString.Create(f.ToRoute(page: page).Where(kv => kv.Value is not null));
}
