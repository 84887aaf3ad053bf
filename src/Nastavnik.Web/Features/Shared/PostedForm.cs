using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nastavnik.Web.Features.Shared;

/// <summary>What the user typed into a form that came back with an error: the page shows that form again with his input,
/// not with its defaults. Only the form of the handler that was posted is refilled (two forms may name a field alike).</summary>
public static class PostedForm
{
    /// <summary>Whether this request is the post of <paramref name="handler"/>'s form (the page is shown again after an error).</summary>
    public static bool IsPosted(this PageModel page, string handler) =>
        HttpMethods.IsPost(page.Request.Method) && page.Request.HasFormContentType
        && string.Equals(page.RouteData.Values["handler"] as string ?? page.Request.Query["handler"], handler, StringComparison.OrdinalIgnoreCase);

    /// <summary>The posted value of <paramref name="field"/> in <paramref name="handler"/>'s form, or <paramref name="initial"/>
    /// when that form was not posted.</summary>
    public static string Posted(this PageModel page, string handler, string field, string initial = "") =>
        page.IsPosted(handler) ? page.Request.Form[field].ToString() : initial;

    /// <summary>Whether <paramref name="value"/> was among the posted values of <paramref name="field"/> (a ticked box, a
    /// chosen option); <paramref name="initial"/> when that form was not posted.</summary>
    public static bool WasPosted(this PageModel page, string handler, string field, string value, bool initial = false) =>
        page.IsPosted(handler) ? page.Request.Form[field].Contains(value) : initial;
}
