using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.Web.Tests.Security;

/// <summary>Every form post of every page (each OnPost… handler, found from the app's endpoints and page models, not
/// from a hand list) refuses a request without the antiforgery token, for a signed-in user: 400, or the «нет доступа»
/// redirect for a user who may not use the page at all — never a handled change.</summary>
public abstract class AntiforgeryEverywhereTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private static IEnumerable<(string Url, string Handler)> FormPosts(IServiceProvider services)
    {
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>();
            if (page?.ModelTypeInfo is null || endpoint.RoutePattern.RawText is not { } pattern) continue;
            var handlers = page.ModelTypeInfo.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Select(m => Regex.Match(m.Name, "^OnPost(\\w*?)(Async)?$")).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct();
            var url = "/" + Regex.Replace(pattern.TrimStart('/'), "\\{[^}]+\\}", m => m.Value.Contains("guid") ? "00000000-0000-0000-0000-00000000abcd" : "999999");
            foreach (var handler in handlers) yield return (url, handler);
        }
    }

    [Fact]
    public async Task NoFormPostIsHandledWithoutTheAntiforgeryToken()
    {
        var posts = FormPosts(app.Services).Distinct().ToList();
        posts.Count.ShouldBeGreaterThan(40, "the page models' post handlers were found");
        var users = new[] { await app.LoginAsync("region"), await app.LoginAsync("curator76") };
        var refused = 0;
        var accepted = new List<string>();
        foreach (var (url, handler) in posts)
            foreach (var user in users)
            {
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                var response = await user.PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string> { ["stamp"] = Guid.Empty.ToString() }));
                var deniedRedirect = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/Account/Denied") == true;
                if (response.StatusCode == HttpStatusCode.BadRequest) refused++;
                else if (!deniedRedirect) accepted.Add($"{target}: {(int)response.StatusCode}");
            }
        accepted.ShouldBeEmpty("posts handled without an antiforgery token");
        refused.ShouldBeGreaterThan(posts.Count / 2);
    }
}

public sealed class AntiforgeryEverywhereOnPostgres(PostgresApp app) : AntiforgeryEverywhereTests<PostgresApp>(app);
public sealed class AntiforgeryEverywhereOnSqlite(SqliteApp app) : AntiforgeryEverywhereTests<SqliteApp>(app);
