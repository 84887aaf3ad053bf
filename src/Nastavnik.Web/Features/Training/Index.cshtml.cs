using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Common;
using Nastavnik.Web.Features.Export;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Training;

/// <summary>Обучение наставников и кураторов: the course programs of the user's levels with their people of his scope —
/// search, filters, sorting, paging, Excel.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(TrainingService training) : PageModel
{
    [BindProperty(SupportsGet = true)] public CourseFilter Filter { get; set; } = new();
    public PagedResult<CourseRow> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct) => Result = await training.ListAsync(this.Scope(), Filter, ct);

    public string ListUrl(int? page = null, string? sort = null, bool? desc = null) =>
        "/Training" + QueryString.Create(Filter.ToRoute(page, sort, desc).Where(kv => kv.Value is not null));

    public string SortUrl(string key) => ListUrl(1, key, Filter.Sort == key && !Filter.Desc);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await XlsxWriter.WriteAsync(buffer, "Программы обучения",
            ["Программа", "Вид", "Организация, проводящая обучение", "Часов", "Начало", "Окончание", "Уровень", "Чья программа", "Зачислено", "Завершили"],
            (await training.AllAsync(this.Scope(), Filter, ct)).Select(r => new object?[]
                { r.Name, r.Kind.Ru(), r.Provider, r.Hours, r.StartsOn, r.EndsOn, r.Level.Ru(), r.Owner, r.Enrolled, r.Completed }).ToAsyncEnumerable(), ct);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "obuchenie.xlsx");
    }
}
