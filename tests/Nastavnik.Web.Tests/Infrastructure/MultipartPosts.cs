namespace Nastavnik.Web.Tests.Infrastructure;

public static class MultipartPosts
{
    /// <summary>Posts a page's multipart form (fields and files) with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string pageUrl, string postUrl,
        Dictionary<string, string> fields, params (string Field, string FileName, byte[] Content)[] files)
    {
        var page = await client.GetStringAsync(pageUrl);
        using var form = new MultipartFormDataContent { { new StringContent(AuthenticatedClient.Antiforgery(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        foreach (var (field, fileName, content) in files) form.Add(new ByteArrayContent(content), field, fileName);
        return await client.PostAsync(postUrl, form);
    }
}
