using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;

namespace Nastavnik.Web.Tests.Infrastructure;

/// <summary>Drives the organization list import (upload → background job → result) as a browser would, and makes valid
/// ИНН/ОГРН for the tests' own files.</summary>
public static partial class TerritoryDriver
{
    /// <summary>Uploads the file and waits for its job: the job's JSON and the job page's HTML.</summary>
    public static async Task<(JsonElement Job, string Page)> ImportAsync(HttpClient client, string fileName, byte[] content)
    {
        var page = await client.GetStringAsync("/Territory/Import");
        using var form = new MultipartFormDataContent { { new StringContent(AuthenticatedClient.Antiforgery(page)), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        var upload = await client.PostAsync("/Territory/Import", form);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        var jobUrl = upload.Headers.Location!.ToString();
        var jobId = jobUrl.Split('/').Last();
        for (var i = 0; i < 600; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}");
            if (job.GetProperty("status").GetString() is "Succeeded" or "Failed") return (job, await client.GetStringAsync(jobUrl));
            await Task.Delay(100);
        }
        throw new TimeoutException("the organization import job did not finish in 60 s");
    }

    public static JsonElement Result(JsonElement job) => JsonDocument.Parse(job.GetProperty("result").GetString()!).RootElement;

    /// <summary>A valid 10-digit ИНН from a 9-digit base.</summary>
    public static string Inn(long nine)
    {
        var digits = nine.ToString("D9");
        int[] w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        return digits + Enumerable.Range(0, 9).Sum(i => (digits[i] - '0') * w[i]) % 11 % 10;
    }

    /// <summary>A valid 13-digit ОГРН from a 12-digit base.</summary>
    public static string Ogrn(long twelve) => twelve.ToString("D12") + twelve % 11 % 10;

    /// <summary>The same book with every ИНН and ОГРН given its correct check digit: the real file's layout and cells stay,
    /// only the invented numbers become plausible ones.</summary>
    public static byte[] WithValidNumbers(byte[] xlsx)
    {
        using var output = new MemoryStream();
        output.Write(xlsx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/sharedStrings.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            xml = Digits().Replace(xml, m => m.Groups[1].Value.Length == 10 ? Inn(long.Parse(m.Groups[1].Value[..9]))
                : m.Groups[1].Value.Length == 13 ? Ogrn(long.Parse(m.Groups[1].Value[..12])) : m.Groups[1].Value);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return output.ToArray();
    }

    [GeneratedRegex(@"(?<=>)(\d{10}|\d{13})(?=<)")] private static partial Regex Digits();
}
