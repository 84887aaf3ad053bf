using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Shouldly;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Drives the roadmap upload and its preview form the way a browser does.</summary>
public static class RoadmapHttp
{
    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Roadmaps", name));

    public static async Task<IHtmlDocument> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var page = await client.GetStringAsync("/Roadmaps/Upload");
        using var form = new MultipartFormDataContent { { new StringContent(AuthenticatedClient.Antiforgery(page)), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        var response = await client.PostAsync("/Roadmaps/Upload?handler=File", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The preview form's fields as a browser would post them.</summary>
    public static Dictionary<string, string> Fields(IHtmlDocument page)
    {
        var fields = new Dictionary<string, string>();
        var form = page.QuerySelector("#preview-form")!;
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
            if (input.Type is not "checkbox" || input.IsChecked) fields[input.Name!] = input.Value;
        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>()) fields[area.Name!] = area.Value;
        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>()) fields[select.Name!] = select.Value ?? "";
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return fields;
    }

    public static Task<HttpResponseMessage> PostPreviewAsync(HttpClient client, string handler, Dictionary<string, string> fields) =>
        client.PostAsync($"/Roadmaps/Upload?handler={handler}", new FormUrlEncodedContent(fields));

    /// <summary>The id in a redirect to /Roadmaps/Details/{id}.</summary>
    public static int IdOf(HttpResponseMessage redirect)
    {
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return int.Parse(redirect.Headers.Location!.ToString().Split('/').Last().Split('?', '#')[0]);
    }
}
