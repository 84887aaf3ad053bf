using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Nastavnik.Bench.Faults;

/// <summary>A signed-in browser-like client: forms with their antiforgery token, the registry import's three steps.</summary>
public sealed partial class WebSession(HttpClient client, CookieContainer cookies)
{
    public HttpClient Client => client;

    public static async Task<WebSession> LoginAsync(string url, string login, TimeSpan? timeout = null)
    {
        var session = Create(url, new CookieContainer(), timeout);
        var signedIn = await session.PostFormAsync("/Account/Login", "/Account/Login",
            new Dictionary<string, string> { ["Input.Login"] = login, ["Input.Password"] = "Nastavnik-2026" });
        if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"login of {login} failed");
        return session;
    }

    /// <summary>The same signed-in user (the same cookies) against another address, e.g. one instance behind the balancer.</summary>
    public WebSession On(string url) => Create(url, cookies, null);

    private static WebSession Create(string url, CookieContainer cookies, TimeSpan? timeout) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        { BaseAddress = new Uri(url), Timeout = timeout ?? TimeSpan.FromMinutes(5) }, cookies);

    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = BenchHttp.Token(await client.GetStringAsync(formPage));
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Uploads a CSV of people to the registry import and posts the proposed column mapping; returns the
    /// map page's address and the mapping to start the import with.</summary>
    public async Task<(string MapUrl, Dictionary<string, string> Mapping)> UploadImportAsync(string csv, int organizationId, string target = "Mentees")
    {
        var page = await client.GetStringAsync($"/Import?target={target}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(BenchHttp.Token(page)), "__RequestVerificationToken" },
            { new StringContent(target), "Target" },
            { new StringContent(organizationId.ToString()), "OrganizationId" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "list.csv");
        var upload = await client.PostAsync("/Import", form);
        if (upload.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"upload answered {(int)upload.StatusCode}");
        var mapUrl = upload.Headers.Location!.ToString();
        var mapping = new Dictionary<string, string>();
        foreach (Match select in SelectRegex().Matches(await client.GetStringAsync(mapUrl)))
        {
            var chosen = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected");
            mapping[$"columns[{select.Groups[1].Value}]"] = chosen.Success ? chosen.Groups[1].Value : "";
        }
        return (mapUrl, mapping);
    }

    /// <summary>«Загрузить»: the import becomes a background job; returns its id.</summary>
    public async Task<Guid> StartImportAsync(string mapUrl, Dictionary<string, string> mapping)
    {
        var start = await PostFormAsync(mapUrl, mapUrl + "?handler=Start", new Dictionary<string, string>(mapping));
        if (start.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"start answered {(int)start.StatusCode}");
        return Guid.Parse(start.Headers.Location!.ToString().Split('/').Last());
    }

    /// <summary>A CSV of <paramref name="rows"/> adults with distinct names (letters only) and birth dates.</summary>
    public static string PeopleCsv(int rows, string lastNameStem)
    {
        var csv = new StringBuilder("ФИО;Дата рождения\r\n");
        for (var i = 0; i < rows; i++)
            csv.Append(lastNameStem).Append(Letters(i)).Append(" Анна Ивановна;").Append(new DateOnly(1975, 1, 1).AddDays(i % 9000).ToString("dd.MM.yyyy")).Append("\r\n");
        return csv.ToString();
    }

    private static string Letters(int n)
    {
        const string abc = "абвгдежзиклмнопрстуфхцчшэюя";
        var s = new StringBuilder();
        do { s.Insert(0, abc[n % abc.Length]); n /= abc.Length; } while (n > 0);
        return s.ToString();
    }

    [GeneratedRegex("<select[^>]*name=\"columns\\[(\\d+)\\]\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectRegex();
}
