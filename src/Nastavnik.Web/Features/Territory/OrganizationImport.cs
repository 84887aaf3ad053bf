using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Features.Territory;

/// <summary>The columns of a region's organization list, with the headers ministries and municipalities use for them.</summary>
public static class OrganizationImportFields
{
    public const string Name = "Name", ShortName = "ShortName", Type = "Type", Municipality = "Municipality", Inn = "Inn", Ogrn = "Ogrn",
        Address = "Address", Site = "Site", HeadName = "HeadName";

    public static readonly IReadOnlyList<ImportField> All =
    [
        new(Name, "Полное наименование", ["полное наименование организации", "наименование организации", "наименование", "наименование оо",
            "наименование образовательной организации", "полное наименование оо", "организация", "образовательная организация", "название", "название организации"]),
        new(ShortName, "Краткое наименование", ["краткое наименование организации", "сокращенное наименование", "сокращенное наименование организации", "краткое название"]),
        new(Type, "Тип организации", ["тип", "вид организации", "вид", "тип оо", "тип учреждения", "вид учреждения", "категория организации"]),
        new(Municipality, "Муниципальное образование", ["мо", "муниципалитет", "муниципальный район", "муниципальный район городской округ",
            "район", "район городской округ", "территория", "наименование мо", "муниципальное образование район"]),
        new(Inn, "ИНН", ["инн организации", "инн юридического лица"]),
        new(Ogrn, "ОГРН", ["огрн организации", "огрн юридического лица"]),
        new(Address, "Адрес", ["юридический адрес", "адрес организации", "фактический адрес", "почтовый адрес", "местонахождение"]),
        new(Site, "Сайт", ["официальный сайт", "адрес сайта", "сайт организации", "web сайт", "веб сайт", "интернет сайт"]),
        new(HeadName, "Руководитель", ["фио руководителя", "ф и о руководителя", "руководитель фио", "директор", "фио директора", "заведующий", "руководитель организации"]),
        new(ImportFields.Ignore, "— не загружать —", ["№", "№ п п", "п п", "номер"]),
    ];

    public static Dictionary<int, string> Suggest(SheetTable table)
    {
        var result = new Dictionary<int, string>();
        for (var i = 0; i < table.Headers.Count; i++)
            if (ImportFields.Recognize(table.Headers[i], All) is { } key && (key == ImportFields.Ignore || !result.ContainsValue(key))) result[i] = key;
        return result;
    }
}

/// <summary>One valid row: the organization to create, or the existing one (matched by ИНН in the region, else by name in
/// its municipality) to update.</summary>
public sealed class OrganizationImportRow
{
    public int RowNumber { get; init; }
    public int? ExistingId { get; set; }
    public int? MunicipalityId { get; set; }
    public required string MunicipalityName { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public OrganizationType Type { get; init; }
    public string? Inn { get; init; }
    public string? Ogrn { get; init; }
    public string? Address { get; init; }
    public string? Site { get; init; }
    public string? HeadName { get; init; }
}

public sealed class OrganizationImportPlan
{
    public int RegionId { get; init; }
    public List<OrganizationImportRow> Rows { get; } = [];
    public List<ImportError> Errors { get; } = [];
    /// <summary>Rows imported all the same but worth a look: an ИНН or ОГРН whose check digit does not match (ministry lists
    /// carry typos; refusing the whole list for them would stop a region's start).</summary>
    public List<ImportError> Warnings { get; } = [];
    /// <summary>Municipalities named in the file that the region does not have yet: created by the import.</summary>
    public List<string> NewMunicipalities { get; } = [];
    public bool IsValid => Errors.Count == 0;
}

public sealed record OrganizationImportResult(int Created, int Updated, int MunicipalitiesCreated);

/// <summary>Imports a region's organization list: checks every row (name, type in words, municipality, ИНН and ОГРН with
/// their check digits, site), then writes all rows in one transaction or none. Idempotent by ИНН within the region: a
/// second import of the same list updates the organizations, never duplicates them. A municipality the region does not
/// have is created (a first import into an empty region needs it); its kind is guessed from its name and can be edited.</summary>
public class OrganizationImport(AppDbContext db)
{
    public const int ChunkSize = 1000;

    public async Task<OrganizationImportPlan> ValidateAsync(SheetTable table, IReadOnlyDictionary<int, string> mapping, UserScope scope, CancellationToken ct = default)
    {
        TerritoryService.EnsureCanEdit(scope);
        var regionId = scope.RegionId!.Value;
        var plan = new OrganizationImportPlan { RegionId = regionId };
        foreach (var (key, title) in new[] { (OrganizationImportFields.Name, "«Полное наименование»"), (OrganizationImportFields.Municipality, "«Муниципальное образование»") })
            if (!mapping.Values.Contains(key))
                plan.Errors.Add(new ImportError(0, "—", $"В файле не найден столбец {title}: заголовки файла — {string.Join(", ", table.Headers.Where(h => h.Length > 0).Select(h => $"«{h}»"))}."));
        if (!plan.IsValid) return plan;

        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).Select(m => new { m.Id, m.Name }).ToListAsync(ct))
            .ToDictionary(m => Key(m.Name), m => m.Id);
        var existing = await db.Organizations.AsNoTracking().Where(o => o.Municipality!.RegionId == regionId)
            .Select(o => new { o.Id, o.Inn, o.Name, o.MunicipalityId }).ToListAsync(ct);
        var byInn = existing.Where(o => o.Inn != null).GroupBy(o => o.Inn!).ToDictionary(g => g.Key, g => g.First().Id);
        var byName = existing.GroupBy(o => (o.MunicipalityId, Key(o.Name))).ToDictionary(g => g.Key, g => (g.First().Id, g.First().Inn));
        var innInFile = new Dictionary<string, int>();
        var nameInFile = new Dictionary<(string, string), int>();

        foreach (var row in table.Rows)
        {
            var ctx = new RowContext(row, table.Headers, mapping, plan.Errors);
            var name = Text(ctx, OrganizationImportFields.Name);
            if (name is null) ctx.Error(OrganizationImportFields.Name, "Не указано полное наименование организации.");
            else if (name.Length > 500) ctx.Error(OrganizationImportFields.Name, "Полное наименование длиннее 500 символов.");
            var shortName = Text(ctx, OrganizationImportFields.ShortName);
            if (shortName is { Length: > 200 }) ctx.Error(OrganizationImportFields.ShortName, "Краткое наименование длиннее 200 символов.");
            var type = ReadType(ctx, name, shortName);
            var municipality = Text(ctx, OrganizationImportFields.Municipality);
            if (municipality is null) ctx.Error(OrganizationImportFields.Municipality, "Не указано муниципальное образование.");
            else if (municipality.Length > 200) ctx.Error(OrganizationImportFields.Municipality, "Наименование муниципального образования длиннее 200 символов.");
            var inn = Number(ctx, plan, OrganizationImportFields.Inn, 10, 12, LegalIds.InnProblem, LegalIds.IsValidInn);
            var ogrn = Number(ctx, plan, OrganizationImportFields.Ogrn, 13, 15, LegalIds.OgrnProblem, LegalIds.IsValidOgrn);
            var site = Text(ctx, OrganizationImportFields.Site);
            if (site is not null && (site.Length > 300 || !TerritoryService.IsSite(site)))
                ctx.Error(OrganizationImportFields.Site, $"Сайт «{site}» не похож на адрес сайта (например, https://school1.ru).");
            var address = Text(ctx, OrganizationImportFields.Address);
            if (address is { Length: > 500 }) ctx.Error(OrganizationImportFields.Address, "Адрес длиннее 500 символов.");
            var head = Text(ctx, OrganizationImportFields.HeadName);
            if (head is { Length: > 300 }) ctx.Error(OrganizationImportFields.HeadName, "ФИО руководителя длиннее 300 символов.");
            if (inn is not null)
            {
                if (innInFile.TryGetValue(inn, out var first)) ctx.Error(OrganizationImportFields.Inn, $"ИНН {inn} уже встречался в строке {first}.");
                else innInFile[inn] = row.RowNumber;
            }
            if (name is not null && municipality is not null)
            {
                if (nameInFile.TryGetValue((Key(municipality), Key(name)), out var first))
                    ctx.Error(OrganizationImportFields.Name, $"Организация «{name}» в муниципальном образовании «{municipality}» уже встречалась в строке {first}.");
                else nameInFile[(Key(municipality), Key(name))] = row.RowNumber;
            }
            if (ctx.HasErrors || name is null || municipality is null || type is null) continue;

            int? municipalityId = municipalities.TryGetValue(Key(municipality), out var mid) ? mid : null;
            if (municipalityId is null && !plan.NewMunicipalities.Contains(municipality, StringComparer.OrdinalIgnoreCase)) plan.NewMunicipalities.Add(municipality);
            int? existingId = inn is not null && byInn.TryGetValue(inn, out var id) ? id : null;
            if (existingId is null && municipalityId is { } m && byName.TryGetValue((m, Key(name)), out var same))
            {
                if (same.Inn is not null && inn is not null && same.Inn != inn)
                {
                    ctx.Error(OrganizationImportFields.Inn, $"В «{municipality}» уже есть «{name}» с другим ИНН ({same.Inn}): проверьте ИНН или наименование.");
                    continue;
                }
                existingId = same.Id;
            }
            plan.Rows.Add(new OrganizationImportRow
            {
                RowNumber = row.RowNumber, ExistingId = existingId, MunicipalityId = municipalityId, MunicipalityName = municipality, Name = name,
                ShortName = shortName, Type = type.Value, Inn = inn, Ogrn = ogrn, Address = address, Site = site, HeadName = head,
            });
        }
        return plan;
    }

    /// <summary>Writes a valid plan in one transaction; <paramref name="beforeCommit"/> runs inside it (the job marks itself done there).</summary>
    public async Task<OrganizationImportResult> ExecuteAsync(OrganizationImportPlan plan, Func<int, int, Task>? progress, CancellationToken ct = default,
        Func<OrganizationImportResult, Task>? beforeCommit = null)
    {
        if (!plan.IsValid) throw new DomainException($"Файл содержит ошибки ({plan.Errors.Count}); ничего не загружено.");
        var result = new OrganizationImportResult(plan.Rows.Count(r => r.ExistingId is null), plan.Rows.Count(r => r.ExistingId is not null), plan.NewMunicipalities.Count);
        // Changes are detected once per chunk, not on every Add (which would scan the whole chunk each time).
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var created = plan.NewMunicipalities.Select(n => new Municipality { RegionId = plan.RegionId, Name = n, Kind = Municipality.KindOf(n) }).ToList();
            db.Municipalities.AddRange(created);
            await db.SaveChangesAsync(ct);
            var newIds = created.ToDictionary(m => Key(m.Name), m => m.Id);
            for (var start = 0; start < plan.Rows.Count; start += ChunkSize)
            {
                var chunk = plan.Rows.Skip(start).Take(ChunkSize).ToList();
                var ids = chunk.Where(r => r.ExistingId is not null).Select(r => r.ExistingId!.Value).ToList();
                var tracked = ids.Count == 0 ? [] : await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
                foreach (var r in chunk)
                {
                    var o = r.ExistingId is { } id ? tracked[id] : db.Organizations.Add(new Organization { Name = r.Name }).Entity;
                    o.MunicipalityId = r.MunicipalityId ?? newIds[Key(r.MunicipalityName)];
                    o.Name = r.Name;
                    o.ShortName = r.ShortName ?? o.ShortName;
                    o.Type = r.Type;
                    o.Inn = r.Inn ?? o.Inn;
                    o.Ogrn = r.Ogrn ?? o.Ogrn;
                    o.Address = r.Address ?? o.Address;
                    o.Site = r.Site ?? o.Site;
                    o.HeadName = r.HeadName ?? o.HeadName;
                }
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                if (progress is not null) await progress(Math.Min(plan.Rows.Count, start + ChunkSize), plan.Rows.Count);
            }
            if (beforeCommit is not null) await beforeCommit(result);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        return result;
    }

    private static string Key(string name) => ImportFields.Normalize(name);

    private static string? Text(RowContext ctx, string key) => CellParsers.Text(ctx.Get(key)) is { } t ? string.Join(' ', t.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)) : null;

    /// <summary>The type in words or abbreviations; an empty cell (or no column) takes the type the names imply.</summary>
    private static OrganizationType? ReadType(RowContext ctx, string? name, string? shortName)
    {
        var text = Text(ctx, OrganizationImportFields.Type);
        if (text is not null)
        {
            var type = OrganizationTypes.Recognize(text);
            if (type is null) ctx.Error(OrganizationImportFields.Type, $"Тип организации «{text}» не распознан: укажите, например, «школа», «детский сад», «организация дополнительного образования», «колледж», «вуз», «предприятие», «учреждение культуры», «НКО», «орган управления».");
            return type;
        }
        var guessed = OrganizationTypes.Recognize(shortName) ?? OrganizationTypes.Recognize(name);
        if (guessed is null && name is not null) ctx.Error(OrganizationImportFields.Type, "Тип организации не указан и не распознан по наименованию: заполните столбец «Тип организации».");
        return guessed;
    }

    /// <summary>ИНН or ОГРН: digits as text, or a number cell that lost its leading zero (Excel drops it). Not digits or
    /// the wrong length is an error; a check digit that does not match is a warning (the row is imported and listed).</summary>
    private static string? Number(RowContext ctx, OrganizationImportPlan plan, string key, int shortLength, int longLength,
        Func<string, string?> problem, Func<string, bool> checkDigitHolds)
    {
        var cell = ctx.Get(key);
        if (CellParsers.Text(cell) is not { } text) return null;
        var digits = LegalIds.Clean(text);
        if (cell is double && (digits.Length == shortLength - 1 || digits.Length == longLength - 1)) digits = "0" + digits;
        if (problem(digits) is not { } message) return digits;
        var formatHolds = digits.All(char.IsAsciiDigit) && (digits.Length == shortLength || digits.Length == longLength);
        if (!formatHolds || checkDigitHolds(digits)) { ctx.Error(key, message); return null; }
        plan.Warnings.Add(new ImportError(ctx.RowNumber, key == OrganizationImportFields.Inn ? "ИНН" : "ОГРН", message + " Строка загружена."));
        return digits;
    }
}
