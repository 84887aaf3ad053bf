using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Drives the three import pages (upload → map and check → job) as a browser would.</summary>
public static class ImportDriver
{
    public static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, string target, int organizationId)
    {
        var page = await client.GetStringAsync($"/Import?target={target}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(AuthenticatedClient.Antiforgery(page)), "__RequestVerificationToken" },
            { new StringContent(target), "Target" },
            { new StringContent(organizationId.ToString()), "OrganizationId" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/Import", form);
    }

    /// <summary>The mapping the page proposes: column index → field key.</summary>
    public static Dictionary<string, string> ProposedMapping(string mapPage)
    {
        var result = new Dictionary<string, string>();
        foreach (Match select in Regex.Matches(mapPage, "<select[^>]*name=\"columns\\[(\\d+)\\]\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
        {
            var chosen = Regex.Match(select.Groups[2].Value, "<option value=\"([^\"]*)\" selected");
            result[$"columns[{select.Groups[1].Value}]"] = chosen.Success ? chosen.Groups[1].Value : "";
        }
        return result;
    }

    public static async Task<(string MapUrl, string Html)> CheckAsync(HttpClient client, string mapUrl, Dictionary<string, string> mapping)
    {
        var response = await client.PostFormAsync(mapUrl, mapUrl + "?handler=Check", new Dictionary<string, string>(mapping));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (mapUrl, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> StartAndWaitAsync(HttpClient client, string mapUrl, Dictionary<string, string> mapping)
    {
        var start = await client.PostFormAsync(mapUrl, mapUrl + "?handler=Start", new Dictionary<string, string>(mapping));
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var jobId = start.Headers.Location!.ToString().Split('/').Last();
        for (var i = 0; i < 600; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}");
            var status = job.GetProperty("status").GetString();
            if (status is "Succeeded" or "Failed") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException("the import job did not finish in 60 s");
    }
}
