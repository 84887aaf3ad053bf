using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nastavnik.Domain.Publications;
using Nastavnik.Web.Features.Shared;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Publications;

/// <summary>The «Наставничество» section of one's own level: local acts with versions, news, best mentors — and what is published.</summary>
[Authorize(Policy = Policies.EditRegistries)]
public class IndexModel(LocalActService acts, NewsService news, BestMentorService best) : PageModel
{
    public List<ActRow> Acts { get; private set; } = [];
    public List<LocalActKind> Kinds { get; private set; } = [];
    public List<NewsRow> News { get; private set; } = [];
    public List<BestMentorRow> BestMentors { get; private set; } = [];
    public List<(int Id, string Name)> MentorCandidates { get; private set; } = [];
    public bool CanPublish => this.Scope().CanPublish;
    public string PublicUrl => this.Scope() switch
    {
        { Level: ScopeLevel.Region } s => $"/nastavnichestvo/region/{s.RegionId}",
        { Level: ScopeLevel.Municipality } s => $"/nastavnichestvo/municipality/{s.MunicipalityId}",
        var s => $"/nastavnichestvo/organization/{s.OrganizationId}",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = this.Scope();
        Kinds = await acts.KindsAsync(scope.RegionId!.Value, ct);
        Acts = await acts.OwnActsAsync(scope, ct);
        News = await news.OwnAsync(scope, ct);
        BestMentors = await best.ListAsync(scope, ct);
        if (CanPublish) MentorCandidates = await best.CandidatesAsync(scope, ct);
    }

    public async Task<IActionResult> OnPostActAsync(int kindId, string title, string? number, DateOnly? adoptedOn, IFormFile? file, CancellationToken ct) =>
        await this.RunAsync(async () => await acts.CreateAsync(this.Scope(), kindId, title, number, adoptedOn, await UploadedFileReader.ReadAsync(file, ct), ct),
            "Документ добавлен. Опубликует его на странице «Наставничество» руководитель.");

    public async Task<IActionResult> OnPostVersionAsync(int actId, string? note, IFormFile? file, CancellationToken ct) =>
        await this.RunAsync(async () => await acts.AddVersionAsync(this.Scope(), actId, await UploadedFileReader.ReadAsync(file, ct), note, ct), "Новая редакция добавлена.");

    public Task<IActionResult> OnPostPublishActAsync(int versionId, CancellationToken ct) =>
        this.RunAsync(() => acts.PublishAsync(this.Scope(), versionId, User.Identity!.Name!, ct), "Документ опубликован на странице «Наставничество».");

    public Task<IActionResult> OnPostUnpublishActAsync(int versionId, CancellationToken ct) =>
        this.RunAsync(() => acts.UnpublishAsync(this.Scope(), versionId, ct), "Публикация документа снята.");

    public async Task<IActionResult> OnPostNewsAsync(string? title, string? body, IFormFile? image, CancellationToken ct) =>
        await this.RunAsync(async () => await news.CreateAsync(this.Scope(), title, body, await UploadedFileReader.ReadAsync(image, ct), ct), "Новость сохранена.");

    public Task<IActionResult> OnPostPublishNewsAsync(int id, CancellationToken ct) =>
        this.RunAsync(() => news.PublishAsync(this.Scope(), id, ct), "Новость опубликована.");

    public Task<IActionResult> OnPostUnpublishNewsAsync(int id, CancellationToken ct) =>
        this.RunAsync(() => news.UnpublishAsync(this.Scope(), id, ct), "Публикация новости снята.");

    public Task<IActionResult> OnPostBestAsync(int mentorId, string? distinction, Guid? stamp, CancellationToken ct) =>
        this.RunAsync(() => best.SetAsync(this.Scope(), mentorId, distinction, ct, stamp), string.IsNullOrWhiteSpace(distinction) ? "Наставник убран из лучших." : "Наставник отмечен как лучший.");
}
