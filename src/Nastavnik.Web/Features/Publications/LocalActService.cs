using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Files;
using Nastavnik.Domain.Publications;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Files;
using Nastavnik.Web.Features.Programs;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Publications;

public sealed record ActVersionRow(int Id, int Version, int FileId, string FileName, string? Note, DateTimeOffset UploadedAt, DateTimeOffset? PublishedAt);

public sealed record ActRow(int Id, string Kind, string Title, string? Number, DateOnly? AdoptedOn, IReadOnlyList<ActVersionRow> Versions);

/// <summary>One organization's line of the required-acts report: which required kinds it has published and which it lacks.</summary>
public sealed record RequiredActsRow(int OrganizationId, string Organization, string Municipality, IReadOnlyList<string> Missing, int Required);

/// <summary>Локальные акты: the region's list of kinds (which are required), each level's acts with versions, publication,
/// and the report of organizations lacking a required act (it replaces the municipality's «мониторинг сайтов ОУ»).</summary>
public class LocalActService(AppDbContext db, FileStore files, TerritoryClock clock)
{
    /// <summary>The region's kinds; the documents' defaults are written the first time a region needs them.</summary>
    public async Task<List<LocalActKind>> KindsAsync(int regionId, CancellationToken ct = default)
    {
        var kinds = await db.LocalActKinds.Where(k => k.RegionId == regionId).OrderBy(k => k.SortOrder).ThenBy(k => k.Id).ToListAsync(ct);
        if (kinds.Count > 0) return kinds;
        kinds = LocalActKind.Defaults.Select((d, i) => new LocalActKind { RegionId = regionId, Name = d.Name, Required = d.Required, SortOrder = i }).ToList();
        db.LocalActKinds.AddRange(kinds);
        await db.SaveChangesAsync(ct);
        return kinds;
    }

    /// <summary>The regional operator sets which kinds are required and adds kinds of his own.</summary>
    /// <param name="stamps">The versions of the kinds the form was filled against (kind id → stamp): a kind changed or
    /// added since is a conflict, not an overwrite. Null: not checked.</param>
    public async Task SaveKindsAsync(UserScope scope, IReadOnlyCollection<int> required, string? newKind, CancellationToken ct = default,
        IReadOnlyDictionary<int, Guid>? stamps = null)
    {
        if (scope.Level != ScopeLevel.Region) throw new DomainException("Перечень обязательных локальных актов утверждает региональный оператор.");
        var kinds = await KindsAsync(scope.RegionId!.Value, ct);
        foreach (var k in kinds) db.ExpectVersion(k, stamps is null ? null : stamps.GetValueOrDefault(k.Id));
        foreach (var k in kinds) k.Required = required.Contains(k.Id);
        if (!string.IsNullOrWhiteSpace(newKind))
        {
            if (kinds.Any(k => string.Equals(k.Name, newKind.Trim(), StringComparison.CurrentCultureIgnoreCase))) throw new DomainException($"Вид «{newKind.Trim()}» уже есть.", "NewKind");
            db.LocalActKinds.Add(new LocalActKind { RegionId = scope.RegionId.Value, Name = newKind.Trim(), Required = true, SortOrder = kinds.Count });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The acts of the user's own level (his organization's, his municipality's, his region's) with their versions.</summary>
    public async Task<List<ActRow>> OwnActsAsync(UserScope scope, CancellationToken ct = default)
    {
        var (region, municipality, organization) = TerritorialScope.OwnLevel(scope);
        var acts = await db.LocalActs.AsNoTracking().Where(a => a.RegionId == region && a.MunicipalityId == municipality && a.OrganizationId == organization)
            .Join(db.LocalActKinds, a => a.KindId, k => k.Id, (a, k) => new { a, Kind = k.Name, k.SortOrder }).OrderBy(x => x.SortOrder).ThenBy(x => x.a.Id).ToListAsync(ct);
        var ids = acts.Select(x => x.a.Id).ToList();
        var versions = (await db.LocalActVersions.AsNoTracking().Where(v => ids.Contains(v.ActId))
            .Join(db.Files, v => v.FileId, f => f.Id, (v, f) => new { v.ActId, Row = new ActVersionRow(v.Id, v.Version, v.FileId, f.FileName, v.Note, v.UploadedAt, v.PublishedAt) })
            .ToListAsync(ct)).ToLookup(x => x.ActId, x => x.Row);
        return acts.Select(x => new ActRow(x.a.Id, x.Kind, x.a.Title, x.a.Number, x.a.AdoptedOn, versions[x.a.Id].OrderByDescending(v => v.Version).ToList())).ToList();
    }

    /// <summary>A new act with its first version's file, in one transaction.</summary>
    public async Task<LocalAct> CreateAsync(UserScope scope, int kindId, string title, string? number, DateOnly? adoptedOn, UploadedFile? file, CancellationToken ct = default)
    {
        var (region, municipality, organization) = TerritorialScope.OwnLevel(scope);
        if (!await db.LocalActKinds.AnyAsync(k => k.Id == kindId && k.RegionId == region, ct)) throw new DomainException("Выберите вид документа.", "KindId");
        if (file is null) throw new DomainException("Приложите файл документа.", "File");
        var act = LocalAct.Create(region, municipality, organization, kindId, title, number, adoptedOn, clock.Today);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.LocalActs.Add(act);
        await db.SaveChangesAsync(ct);
        await AddVersionCoreAsync(act, file, null, ct);
        await tx.CommitAsync(ct);
        return act;
    }

    public async Task AddVersionAsync(UserScope scope, int actId, UploadedFile? file, string? note, CancellationToken ct = default)
    {
        var act = await db.LocalActs.EditableBy(scope).SingleOrDefaultAsync(a => a.Id == actId, ct) ?? throw new NotFoundException();
        if (file is null) throw new DomainException("Приложите файл новой редакции.", "File");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await AddVersionCoreAsync(act, file, note, ct);
        await tx.CommitAsync(ct);
    }

    private async Task AddVersionCoreAsync(LocalAct act, UploadedFile file, string? note, CancellationToken ct)
    {
        var stored = files.Add(FileOwner.LocalActVersion, act.Id, file);
        await db.SaveChangesAsync(ct);
        var number = await db.LocalActVersions.Where(v => v.ActId == act.Id).Select(v => (int?)v.Version).MaxAsync(ct) ?? 0;
        db.LocalActVersions.Add(new LocalActVersion
        {
            ActId = act.Id, Version = number + 1, FileId = stored.Id, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), UploadedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

    private async Task<LocalActVersion> PublishableAsync(UserScope scope, int versionId, CancellationToken ct)
    {
        scope.EnsureCanPublish();
        var editable = db.LocalActs.EditableBy(scope).Select(a => a.Id);
        return await db.LocalActVersions.SingleOrDefaultAsync(v => v.Id == versionId && editable.Contains(v.ActId), ct) ?? throw new NotFoundException();
    }

    public async Task PublishAsync(UserScope scope, int versionId, string by, CancellationToken ct = default)
    {
        var version = await PublishableAsync(scope, versionId, ct);
        version.Publish(by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task UnpublishAsync(UserScope scope, int versionId, CancellationToken ct = default)
    {
        var version = await PublishableAsync(scope, versionId, ct);
        version.Unpublish();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Educational organizations of the user's scope (optionally one municipality) and the required kinds each lacks
    /// a published version of; laggards first.</summary>
    public async Task<List<RequiredActsRow>> RequiredActsReportAsync(UserScope scope, int? municipalityId, CancellationToken ct = default)
    {
        var required = (await KindsAsync(scope.RegionId!.Value, ct)).Where(k => k.Required).ToList();
        var requiredIds = required.Select(k => k.Id).ToList();
        var organizations = db.Organizations.AsNoTracking().InScope(scope).Where(o => Organization.EducationalTypes.Contains(o.Type));
        if (municipalityId is { } m) organizations = organizations.Where(o => o.MunicipalityId == m);
        var rows = await organizations.Select(o => new { o.Id, Name = o.ShortName ?? o.Name, Municipality = o.Municipality!.Name }).ToListAsync(ct);
        var ids = organizations.Select(o => o.Id);
        var published = (await db.LocalActs.Where(a => a.OrganizationId != null && ids.Contains(a.OrganizationId.Value) && requiredIds.Contains(a.KindId)
                && db.LocalActVersions.Any(v => v.ActId == a.Id && v.PublishedAt != null))
            .Select(a => new { OrganizationId = a.OrganizationId!.Value, a.KindId }).Distinct().ToListAsync(ct))
            .ToLookup(x => x.OrganizationId, x => x.KindId);
        return rows.Select(r => new RequiredActsRow(r.Id, r.Name, r.Municipality, required.Where(k => !published[r.Id].Contains(k.Id)).Select(k => k.Name).ToList(), required.Count))
            .OrderByDescending(r => r.Missing.Count).ThenBy(r => r.Municipality).ThenBy(r => r.Organization).ToList();
    }
}
