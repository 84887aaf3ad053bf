using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Registries;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Errors;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Territory;

/// <summary>The region's municipalities and organizations: everyone from a coordinator down reads his part; the regional
/// operator creates, edits, closes and merges within his region. Nothing is ever deleted.</summary>
public class TerritoryService(AppDbContext db, RegionZones zones)
{
    public const int MaxPageSize = 200;

    public static void EnsureCanEdit(UserScope scope)
    {
        if (!scope.CanEditTerritory) throw new ForbiddenException("Изменять муниципальные образования и организации может только региональный оператор.");
    }

    /// <summary>The user's region.</summary>
    public Task<Region> RegionAsync(UserScope scope, CancellationToken ct = default) =>
        db.Regions.AsNoTracking().SingleAsync(r => r.Id == scope.RegionId, ct);

    /// <summary>The operator sets his region's time zone: the region's "today" is counted in it from the next request on.</summary>
    public async Task SetTimeZoneAsync(UserScope scope, string? timeZoneId, CancellationToken ct = default)
    {
        EnsureCanEdit(scope);
        var region = await db.Regions.SingleAsync(r => r.Id == scope.RegionId, ct);
        region.ChangeTimeZone(timeZoneId);
        await db.SaveChangesAsync(ct);
        zones.Forget(region.Id);
    }

    /// <summary>The municipalities the user sees: the whole region for the operator, his own for everyone below.</summary>
    public IQueryable<Municipality> VisibleMunicipalities(UserScope scope) => scope.Level switch
    {
        ScopeLevel.Region => db.Municipalities.Where(m => m.RegionId == scope.RegionId),
        ScopeLevel.Municipality => db.Municipalities.Where(m => m.Id == scope.MunicipalityId),
        _ => db.Municipalities.Where(m => m.Organizations.Any(o => o.Id == scope.OrganizationId)),
    };

    public async Task<List<MunicipalityRow>> MunicipalitiesAsync(UserScope scope, CancellationToken ct = default)
    {
        var visible = db.Organizations.InScope(scope);
        return await VisibleMunicipalities(scope).AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new MunicipalityRow(m.Id, m.Name, m.Kind, m.ClosedOn, visible.Count(o => o.MunicipalityId == m.Id && o.ClosedOn == null), m.ConcurrencyStamp))
            .ToListAsync(ct);
    }

    public Task<Municipality?> FindMunicipalityAsync(UserScope scope, int id, CancellationToken ct = default) =>
        VisibleMunicipalities(scope).AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);

    public Task<Organization?> FindOrganizationAsync(UserScope scope, int id, CancellationToken ct = default) =>
        db.Organizations.AsNoTracking().InScope(scope).Include(o => o.Municipality).Include(o => o.MergedInto).SingleOrDefaultAsync(o => o.Id == id, ct);

    public async Task<PagedResult<OrganizationRow>> ListAsync(UserScope scope, TerritoryFilter f, CancellationToken ct = default)
    {
        var query = await FilteredAsync(scope, f, ct);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(f.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, f.Page);
        var items = await Rows(Sorted(query, f)).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PagedResult<OrganizationRow>(items, total, page, size);
    }

    /// <summary>Every row of the filtered list, sorted, for the Excel export.</summary>
    public async Task<IAsyncEnumerable<OrganizationRow>> AllAsync(UserScope scope, TerritoryFilter f, CancellationToken ct = default) =>
        Rows(Sorted(await FilteredAsync(scope, f, ct), f)).AsAsyncEnumerable();

    private async Task<IQueryable<Organization>> FilteredAsync(UserScope scope, TerritoryFilter f, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking().InScope(scope);
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var digits = LegalIds.Clean(f.Q);
            if (digits.Length >= 4 && digits.All(char.IsAsciiDigit)) query = query.Where(o => o.Inn != null && o.Inn.StartsWith(digits));
            else
            {
                // Case-insensitive for Cyrillic on both providers (SQLite's lower() and a C-locale PostgreSQL fold ASCII only):
                // a region's names are few thousand at most, so they are matched here and the ids go back into the query.
                var words = SearchText.Normalize(f.Q);
                var names = await query.Select(o => new { o.Id, o.Name, o.ShortName }).ToListAsync(ct);
                var ids = names.Where(o => SearchText.Normalize(o.Name + " " + o.ShortName).Contains(words)).Select(o => o.Id).ToList();
                query = query.Where(o => ids.Contains(o.Id));
            }
        }
        if (f.MunicipalityId is { } m) query = query.Where(o => o.MunicipalityId == m);
        if (f.Type is { } t) query = query.Where(o => o.Type == t);
        query = f.Closed switch
        {
            null => query.Where(o => o.ClosedOn == null),
            true => query.Where(o => o.ClosedOn != null),
            false => query,
        };
        return query;
    }

    private static IQueryable<Organization> Sorted(IQueryable<Organization> q, TerritoryFilter f) => (f.Sort, f.Desc) switch
    {
        ("municipality", false) => q.OrderBy(o => o.Municipality!.Name).ThenBy(o => o.Name),
        ("municipality", true) => q.OrderByDescending(o => o.Municipality!.Name).ThenBy(o => o.Name),
        ("type", false) => q.OrderBy(o => o.Type).ThenBy(o => o.Name),
        ("type", true) => q.OrderByDescending(o => o.Type).ThenBy(o => o.Name),
        ("inn", false) => q.OrderBy(o => o.Inn).ThenBy(o => o.Name),
        ("inn", true) => q.OrderByDescending(o => o.Inn).ThenBy(o => o.Name),
        ("closed", false) => q.OrderBy(o => o.ClosedOn).ThenBy(o => o.Name),
        ("closed", true) => q.OrderByDescending(o => o.ClosedOn).ThenBy(o => o.Name),
        (_, true) => q.OrderByDescending(o => o.Name).ThenBy(o => o.Id),
        _ => q.OrderBy(o => o.Name).ThenBy(o => o.Id),
    };

    private static IQueryable<OrganizationRow> Rows(IQueryable<Organization> q) => q.Select(o => new OrganizationRow(o.Id, o.Name, o.ShortName, o.Type, o.Inn, o.Ogrn,
        o.MunicipalityId, o.Municipality!.Name, o.Address, o.Site, o.HeadName, o.ClosedOn, o.MergedIntoId, o.MergedInto == null ? null : o.MergedInto.Name));

    // ---- municipalities ----

    public async Task<Municipality> CreateMunicipalityAsync(UserScope scope, MunicipalityInput input, CancellationToken ct = default)
    {
        EnsureCanEdit(scope);
        var m = new Municipality { RegionId = scope.RegionId!.Value, Name = "" };
        await ApplyAsync(m, input, ct);
        db.Municipalities.Add(m);
        await db.SaveChangesAsync(ct);
        return m;
    }

    public async Task<Municipality> UpdateMunicipalityAsync(UserScope scope, int id, MunicipalityInput input, CancellationToken ct = default)
    {
        EnsureCanEdit(scope);
        var m = await EditableMunicipalityAsync(scope, id, ct);
        db.ExpectVersion(m, input.ConcurrencyStamp);
        await ApplyAsync(m, input, ct);
        await db.SaveChangesAsync(ct);
        return m;
    }

    /// <summary>Closes (or, with null, reopens) a municipality. Its open organizations stay as they are: each is closed or merged on its own.</summary>
    public async Task SetMunicipalityClosedAsync(UserScope scope, int id, DateOnly? on, Guid? stamp, CancellationToken ct = default)
    {
        EnsureCanEdit(scope);
        var m = await EditableMunicipalityAsync(scope, id, ct);
        db.ExpectVersion(m, stamp);
        m.ClosedOn = on;
        await db.SaveChangesAsync(ct);
    }

    private async Task<Municipality> EditableMunicipalityAsync(UserScope scope, int id, CancellationToken ct) =>
        await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id && m.RegionId == scope.RegionId, ct)
            ?? throw new NotFoundException();

    private async Task ApplyAsync(Municipality m, MunicipalityInput input, CancellationToken ct)
    {
        var name = Clean(input.Name) ?? throw new DomainException("Укажите наименование муниципального образования.", nameof(MunicipalityInput.Name));
        if (name.Length > 200) throw new DomainException("Наименование муниципального образования: не длиннее 200 символов.", nameof(MunicipalityInput.Name));
        if (!Enum.IsDefined(input.Kind)) throw new DomainException("Вид муниципального образования: выберите из списка.", nameof(MunicipalityInput.Kind));
        if (await db.Municipalities.AnyAsync(x => x.RegionId == m.RegionId && x.Id != m.Id && x.Name == name, ct))
            throw new DomainException($"Муниципальное образование «{name}» в регионе уже есть.", nameof(MunicipalityInput.Name));
        m.Name = name;
        m.Kind = input.Kind;
    }

    // ---- organizations ----

    public async Task<Organization> CreateOrganizationAsync(UserScope scope, OrganizationInput input, CancellationToken ct = default)
    {
        EnsureCanEdit(scope);
        var o = new Organization { Name = "" };
        await ApplyAsync(scope, o, input, ct);
        db.Organizations.Add(o);
        await db.SaveChangesAsync(ct);
        return o;
    }

    public async Task<Organization> UpdateOrganizationAsync(UserScope scope, int id, OrganizationInput input, CancellationToken ct = default)
    {
        EnsureCanEdit(scope);
        var o = await EditableOrganizationAsync(scope, id, ct);
        db.ExpectVersion(o, input.ConcurrencyStamp);
        await ApplyAsync(scope, o, input, ct);
        await db.SaveChangesAsync(ct);
        return o;
    }

    /// <summary>Closes an organization on a date (it leaves every list of live organizations), or reopens it with null.</summary>
    public async Task SetOrganizationClosedAsync(UserScope scope, int id, DateOnly? on, Guid? stamp, CancellationToken ct = default)
    {
        EnsureCanEdit(scope);
        var o = await EditableOrganizationAsync(scope, id, ct);
        db.ExpectVersion(o, stamp);
        if (on is { } date) o.Close(date);
        else o.Reopen();
        await db.SaveChangesAsync(ct);
    }

    private async Task<Organization> EditableOrganizationAsync(UserScope scope, int id, CancellationToken ct) =>
        await db.Organizations.SingleOrDefaultAsync(o => o.Id == id && o.Municipality!.RegionId == scope.RegionId, ct)
            ?? throw new NotFoundException();

    private async Task ApplyAsync(UserScope scope, Organization o, OrganizationInput input, CancellationToken ct)
    {
        var name = Clean(input.Name) ?? throw new DomainException("Полное наименование: укажите наименование организации.", nameof(OrganizationInput.Name));
        Limit(name, 500, "Полное наименование", nameof(OrganizationInput.Name));
        var shortName = Limit(Clean(input.ShortName), 200, "Краткое наименование", nameof(OrganizationInput.ShortName));
        if (!Enum.IsDefined(input.Type)) throw new DomainException("Тип организации: выберите из списка.", nameof(OrganizationInput.Type));
        var inn = Clean(input.Inn) is { } i ? LegalIds.Clean(i) : null;
        if (inn is not null && LegalIds.InnProblem(inn) is { } innProblem) throw new DomainException(innProblem, nameof(OrganizationInput.Inn));
        var ogrn = Clean(input.Ogrn) is { } g ? LegalIds.Clean(g) : null;
        if (ogrn is not null && LegalIds.OgrnProblem(ogrn) is { } ogrnProblem) throw new DomainException(ogrnProblem, nameof(OrganizationInput.Ogrn));
        var site = Limit(Clean(input.Site), 300, "Сайт", nameof(OrganizationInput.Site));
        if (site is not null && !IsSite(site))
            throw new DomainException($"Сайт «{site}» не похож на адрес сайта: укажите, например, https://school1.ru.", nameof(OrganizationInput.Site));
        var municipality = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Id == input.MunicipalityId && m.RegionId == scope.RegionId, ct)
            ?? throw new DomainException("Муниципальное образование: выберите из списка муниципальных образований региона.", nameof(OrganizationInput.MunicipalityId));
        if (inn is not null && await db.Organizations.AnyAsync(x => x.Inn == inn && x.Id != o.Id && x.Municipality!.RegionId == scope.RegionId, ct))
            throw new DomainException($"ИНН {inn} уже указан у другой организации региона.", nameof(OrganizationInput.Inn));
        if (await db.Organizations.AnyAsync(x => x.MunicipalityId == municipality.Id && x.Name == name && x.Id != o.Id, ct))
            throw new DomainException($"Полное наименование: в муниципальном образовании «{municipality.Name}» уже есть организация «{name}».", nameof(OrganizationInput.Name));
        o.MunicipalityId = municipality.Id;
        o.Name = name;
        o.ShortName = shortName;
        o.Type = input.Type;
        o.Inn = inn;
        o.Ogrn = ogrn;
        o.Address = Limit(Clean(input.Address), 500, "Адрес", nameof(OrganizationInput.Address));
        o.Site = site;
        o.HeadName = Limit(Clean(input.HeadName), 300, "Руководитель (ФИО)", nameof(OrganizationInput.HeadName));
    }

    public static bool IsSite(string site) =>
        Uri.TryCreate(site.Contains("://") ? site : "https://" + site, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" && uri.Host.Contains('.');

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static string? Limit(string? text, int max, string title, string field) =>
        text is not null && text.Length > max ? throw new DomainException($"{title}: не длиннее {max} символов.", field) : text;

    // ---- merge ----

    /// <summary>A column that points at an organization: a foreign key of the model, or a user's scope column.</summary>
    private sealed record Reference(string Table, string Column, string? MunicipalityColumn, string Title);

    /// <summary>Every column that references an organization, found from the EF model's foreign keys (so a table added later
    /// is covered without touching this code), plus the scope columns of accounts, their roles, invitations and e-mails,
    /// which are deliberately not foreign keys (a role must move with the account, or its sessions would end). A record
    /// owned by a territory (ITerritorial) moves with its municipality column too.</summary>
    private static readonly Type[] ScopeColumnTypes =
        [typeof(AppUser), typeof(RoleGrant), typeof(AccountLink), typeof(Infrastructure.Email.OutboxMessage)];

    private IReadOnlyList<Reference> References()
    {
        var result = new List<Reference>();
        foreach (var type in db.Model.GetEntityTypes())
        {
            if (type.GetTableName() is not { } table || type.IsOwned()) continue;
            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var columns = type.GetForeignKeys()
                .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Organization) && fk.Properties.Count == 1)
                .Select(fk => fk.Properties[0].GetColumnName(store)).OfType<string>().ToList();
            var scoped = ScopeColumnTypes.Contains(type.ClrType);
            if (scoped && type.FindProperty(nameof(AppUser.OrganizationId))?.GetColumnName(store) is { } scopeColumn)
                columns.Add(scopeColumn);
            var municipality = typeof(ITerritorial).IsAssignableFrom(type.ClrType) || scoped
                ? type.FindProperty(nameof(ITerritorial.MunicipalityId))?.GetColumnName(store) : null;
            result.AddRange(columns.Distinct().Select(c => new Reference(table, c, municipality, $"{table}.{c}")));
        }
        return result.DistinctBy(r => (r.Table, r.Column)).ToList();
    }

    /// <summary>How many records of each table point at the organization: the confirmation step shows them.</summary>
    public async Task<List<(string Table, int Count)>> ReferencesToAsync(int organizationId, CancellationToken ct = default)
    {
        var counts = new List<(string, int)>();
        foreach (var r in References())
        {
            // Table and column names come from the EF model, never from input; the id is a parameter.
            var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{r.Table}\" WHERE \"{r.Column}\" = {{0}}";
            var n = await db.Database.SqlQueryRaw<int>(sql, organizationId).SingleAsync(ct);
            if (n > 0) counts.Add((r.Table, n));
        }
        return counts;
    }

    /// <summary>Merges organization <paramref name="fromId"/> into <paramref name="intoId"/> in one transaction: every record
    /// pointing at the first is moved to the second, the first is closed with MergedIntoId set. Nothing is deleted.</summary>
    public async Task<int> MergeAsync(UserScope scope, int fromId, int intoId, DateOnly on, Guid? stamp, CancellationToken ct = default)
    {
        EnsureCanEdit(scope);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var from = await EditableOrganizationAsync(scope, fromId, ct);
        var into = await EditableOrganizationAsync(scope, intoId, ct);
        db.ExpectVersion(from, stamp);
        from.MergeInto(into, on); // the rules first: a closed target or a self-merge moves nothing
        var moved = 0;
        try
        {
            foreach (var r in References())
            {
                // Table and column names come from the EF model, never from input; the ids are parameters.
                var sql = r.MunicipalityColumn is null
                    ? $"UPDATE \"{r.Table}\" SET \"{r.Column}\" = {{0}} WHERE \"{r.Column}\" = {{1}}"
                    : $"UPDATE \"{r.Table}\" SET \"{r.Column}\" = {{0}}, \"{r.MunicipalityColumn}\" = {{1}} WHERE \"{r.Column}\" = {{2}}";
                object[] values = r.MunicipalityColumn is null ? [into.Id, from.Id] : [into.Id, into.MunicipalityId, from.Id];
                moved += await db.Database.ExecuteSqlRawAsync(sql, values, ct);
            }
            await db.SaveChangesAsync(ct);
        }
        catch (DbException)
        {
            throw new DomainException($"Объединить не удалось: у «{from.DisplayName}» и «{into.DisplayName}» есть записи, которые у организации могут быть только в одном экземпляре. Ничего не изменено.");
        }
        await transaction.CommitAsync(ct);
        return moved;
    }
}
