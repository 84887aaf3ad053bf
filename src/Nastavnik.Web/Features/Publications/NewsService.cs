using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Publications;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Files;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;

namespace Nastavnik.Web.Features.Publications;

public sealed record NewsRow(int Id, string Title, string Body, int? ImageFileId, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);

/// <summary>Новости: short posts with an image, written at one's own level and published (by the head or a coordinator) to the public page.</summary>
public class NewsService(AppDbContext db, FileStore files, TimeProvider clock)
{
    public Task<List<NewsRow>> OwnAsync(UserScope scope, CancellationToken ct = default)
    {
        var (region, municipality, organization) = TerritorialScope.OwnLevel(scope);
        return db.News.AsNoTracking().Where(n => n.RegionId == region && n.MunicipalityId == municipality && n.OrganizationId == organization)
            .OrderByDescending(n => n.Id).Take(200).Select(n => new NewsRow(n.Id, n.Title, n.Body, n.ImageFileId, n.CreatedAt, n.PublishedAt)).ToListAsync(ct);
    }

    public async Task<NewsPost> CreateAsync(UserScope scope, string? title, string? body, UploadedFile? image, CancellationToken ct = default)
    {
        var (region, municipality, organization) = TerritorialScope.OwnLevel(scope);
        var post = new NewsPost { RegionId = region, MunicipalityId = municipality, OrganizationId = organization, Title = "", Body = "", CreatedAt = clock.GetUtcNow() };
        post.Edit(title, body);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.News.Add(post);
        await db.SaveChangesAsync(ct);
        if (image is not null)
        {
            var stored = files.Add(FileOwner.NewsImage, post.Id, image);
            await db.SaveChangesAsync(ct);
            post.ImageFileId = stored.Id;
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return post;
    }

    private async Task<NewsPost> PublishableAsync(UserScope scope, int id, CancellationToken ct)
    {
        scope.EnsureCanPublish();
        return await db.News.EditableBy(scope).SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException();
    }

    public async Task PublishAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        var post = await PublishableAsync(scope, id, ct);
        post.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task UnpublishAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        var post = await PublishableAsync(scope, id, ct);
        post.Unpublish();
        await db.SaveChangesAsync(ct);
    }
}
