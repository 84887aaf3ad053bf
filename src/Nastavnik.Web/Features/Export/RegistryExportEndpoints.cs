using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Api;
using Nastavnik.Web.Features.Mentees;
using Nastavnik.Web.Features.Mentors;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Export;

/// <summary>Exports of the two bases, with the list's filters and sort, to XLSX or CSV (UTF-8 with BOM and «;» for
/// Russian Excel, «,» on request, or Windows-1251). Column titles are the import's
/// field titles, so an exported file loads back.</summary>
public static class RegistryExportEndpoints
{
    private static readonly string[] MenteeHeaders = ["ФИО", "Дата рождения", "Организация", "Муниципалитет", "Категория наставляемого", "Преподаваемые предметы", "Согласие на обработку ПДн"];
    private static readonly string[] MentorHeaders = ["ФИО", "Организация", "Муниципалитет", "Преподаваемые предметы", "Педагогический стаж, лет", "Число наставляемых", "Обучение", "Собеседование", "Эксперт", "Согласие на обработку ПДн"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/Mentees/Export", (HttpContext http, MenteeQueries q, [AsParameters] RegistryFilterQuery f, SearchTerms terms, string? format, string? sep, CancellationToken ct) =>
            Write(http, "База наставляемых", new ExportFormat(format, sep), MenteeHeaders,
                q.Rows(http.User.Scope(), f.ToFilter(terms)).AsAsyncEnumerable().Select(m => new object?[]
                    { m.FullName, m.BirthDate, m.Organization, m.Municipality, m.Category.Ru(), m.Subjects, m.HasValidConsent ? "да" : "нет" }), ct))
            .RequireAuthorization(Policies.EditRegistries).ExcludeFromDescription();

        app.MapGet("/Mentors/Export", (HttpContext http, MentorQueries q, [AsParameters] RegistryFilterQuery f, SearchTerms terms, string? format, string? sep, CancellationToken ct) =>
            Write(http, "База наставников", new ExportFormat(format, sep), MentorHeaders,
                q.Rows(http.User.Scope(), f.ToFilter(terms)).AsAsyncEnumerable().Select(m => new object?[]
                    { m.FullName, m.Organization, m.Municipality, m.Subjects, m.TeachingExperienceYears, m.Capacity, m.TrainingStatus.Ru(), m.InterviewStatus.Ru(), m.IsExpert ? "да" : "нет", m.HasValidConsent ? "да" : "нет" }), ct))
            .RequireAuthorization(Policies.EditRegistries).ExcludeFromDescription();
    }

    /// <summary>The file asked for: <c>format</c> xlsx (the default), csv or csv1251; <c>sep=comma</c> puts «,» between a
    /// UTF-8 CSV's cells instead of the «;» Russian Excel expects.</summary>
    private sealed record ExportFormat(string? Format, string? Sep)
    {
        public char Separator => Format == "csv" && Sep == "comma" ? ',' : ';';
    }

    private static async Task Write(HttpContext http, string title, ExportFormat asked, string[] headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var format = asked.Format;
        var stamp = http.RequestServices.GetRequiredService<Infrastructure.Time.TerritoryClock>().Today.ToString("yyyy-MM-dd");
        var (contentType, extension) = format switch
        {
            "csv" => ("text/csv; charset=utf-8", "csv"),
            "csv1251" => ("text/csv; charset=windows-1251", "csv"),
            _ => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        };
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = $"{title} {stamp}.{extension}",
        }.ToString();
        switch (format)
        {
            case "csv": await CsvExport.WriteAsync(http.Response.Body, headers, rows, new UTF8Encoding(true), asked.Separator, ct); break;
            case "csv1251": await CsvExport.WriteAsync(http.Response.Body, headers, rows, CsvExport.Windows1251, ';', ct); break;
            default: await XlsxWriter.WriteAsync(http.Response.Body, title, headers, rows, ct); break;
        }
    }
}
