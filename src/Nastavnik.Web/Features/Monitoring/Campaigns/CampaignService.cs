using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Monitoring;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Time;

namespace Nastavnik.Web.Features.Monitoring.Campaigns;

public sealed record CampaignRow(int Id, string Title, CampaignKind Kind, MonitoringLevel Level, int Year, DateOnly Deadline, int Responses, int Submitted);

public sealed record CompletionRow(int Id, string Name, int NotStarted, int Draft, int Filled, int Submitted)
{
    public int Total => NotStarted + Draft + Filled + Submitted;
}

public sealed record ResponseRow(int Id, int OrganizationId, string Organization, string Municipality, ResponseStatus Status, DateTimeOffset? FilledAt);

/// <summary>Monitoring campaigns: a coordinator opens one for his territory, every educational organization answers
/// (pre-filled with its computed figures), the municipality checks and submits, the level above returns for rework.
/// Each step is allowed only to its own scope.</summary>
public class CampaignService(AppDbContext db, MonitoringCalculator calculator, TerritoryClock clock)
{

    public IQueryable<MonitoringCampaign> Visible(UserScope scope) => scope.Level switch
    {
        ScopeLevel.Region => db.Campaigns.Where(c => c.RegionId == scope.RegionId),
        ScopeLevel.Municipality => db.Campaigns.Where(c => c.RegionId == scope.RegionId && (c.Level == MonitoringLevel.Region || c.MunicipalityId == scope.MunicipalityId)),
        ScopeLevel.Organization => db.Campaigns.Where(c => db.CampaignResponses.Any(r => r.CampaignId == c.Id && r.OrganizationId == scope.OrganizationId)),
        _ => db.Campaigns.Where(_ => false),
    };

    public Task<List<CampaignRow>> ListAsync(UserScope scope, CancellationToken ct) =>
        Visible(scope).AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Select(c => new CampaignRow(c.Id, c.Title, c.Kind, c.Level, c.Year, c.Deadline,
                db.CampaignResponses.Count(r => r.CampaignId == c.Id), db.CampaignResponses.Count(r => r.CampaignId == c.Id && r.Status == ResponseStatus.Submitted)))
            .ToListAsync(ct);

    /// <summary>Opens a campaign over the coordinator's territory with a response awaited from each of its educational organizations.</summary>
    /// <param name="extraQuestions">The coordinator's own questions, one per line; a line ending with «(число)» or «(да/нет)» asks for that.</param>
    public async Task<MonitoringCampaign> OpenAsync(UserScope scope, CampaignKind kind, string title, int year, DateOnly deadline, CancellationToken ct, string? extraQuestions = null)
    {
        var level = scope.Level switch
        {
            ScopeLevel.Region => MonitoringLevel.Region,
            ScopeLevel.Municipality => MonitoringLevel.Municipality,
            _ => throw new DomainException("Открыть мониторинг может региональный оператор или муниципальный координатор."),
        };
        var campaign = new MonitoringCampaign
        {
            Kind = kind, Title = title?.Trim() ?? "", Level = level, RegionId = scope.RegionId!.Value, MunicipalityId = level == MonitoringLevel.Municipality ? scope.MunicipalityId : null,
            Year = year, Deadline = deadline, Questions = MonitoringCampaign.StandardQuestions(), CreatedAt = clock.GetUtcNow(),
        };
        var extra = 0;
        foreach (var line in (extraQuestions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (text, type) = line.EndsWith("(число)") ? (line[..^7].Trim(), AnswerType.Number) : line.EndsWith("(да/нет)") ? (line[..^8].Trim(), AnswerType.YesNo) : (line, AnswerType.Text);
            if (text.Length is 0 or > 500) throw new DomainException($"Дополнительный вопрос {extra + 1}: от 1 до 500 знаков.", "ExtraQuestions");
            campaign.Questions.Add(new CampaignQuestion($"extra{++extra}", text, type, Required: type != AnswerType.Text));
        }
        campaign.Validate(clock.Today);
        var organizations = await db.Organizations.InScope(scope).Where(o => !o.IsArchived && Organization.EducationalTypes.Contains(o.Type)).Select(o => new { o.Id, o.MunicipalityId }).ToListAsync(ct);
        if (organizations.Count == 0) throw new DomainException("В вашей территории нет образовательных организаций.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        db.CampaignResponses.AddRange(organizations.Select(o => new CampaignResponse { CampaignId = campaign.Id, OrganizationId = o.Id, MunicipalityId = o.MunicipalityId }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return campaign;
    }

    /// <summary>A response the user may see: his organization's, his municipality's organizations', his region's.</summary>
    public async Task<(MonitoringCampaign Campaign, CampaignResponse Response)?> FindResponseAsync(UserScope scope, int responseId, CancellationToken ct)
    {
        var response = await db.CampaignResponses.SingleOrDefaultAsync(r => r.Id == responseId, ct);
        if (response is null) return null;
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == response.CampaignId, ct);
        var visible = scope.Level switch
        {
            ScopeLevel.Region => campaign.RegionId == scope.RegionId,
            ScopeLevel.Municipality => response.MunicipalityId == scope.MunicipalityId,
            ScopeLevel.Organization => response.OrganizationId == scope.OrganizationId,
            _ => false,
        };
        return visible ? (campaign, response) : null;
    }

    /// <summary>The first time an organization opens its form, its computed figures are put in (to confirm or correct with a reason).</summary>
    public async Task PrefillAsync(MonitoringCampaign campaign, CampaignResponse response, CancellationToken ct)
    {
        if (response.Status != ResponseStatus.NotStarted || response.Prefilled.Count > 0) return;
        var name = await db.Organizations.Where(o => o.Id == response.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var figures = await calculator.ComputeAsync(new Territory(MonitoringLevel.Organization, response.OrganizationId, name), new MonitoringFilter(campaign.Year), ct);
        foreach (var q in campaign.Questions.Where(q => q.Prefill is not null))
            if (figures.Values.TryGetValue(q.Prefill!.Value, out var v) && v.Value is { } value)
                response.Prefilled[q.Key] = response.Answers[q.Key] = value.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
        await db.SaveChangesAsync(ct);
    }

    /// <returns>null when the response is not the user's organization's to fill.</returns>
    /// <param name="stamp">The version of the response the form was filled against: a stale form is a conflict, not an overwrite.</param>
    public async Task<CampaignResponse?> FillAsync(UserScope scope, int responseId, Dictionary<string, string?> answers, Dictionary<string, string?> reasons, bool ready, CancellationToken ct,
        Guid? stamp = null)
    {
        if (await FindResponseAsync(scope, responseId, ct) is not var (campaign, response) || scope.Level != ScopeLevel.Organization) return null;
        if (campaign.IsClosed) throw new DomainException("Мониторинг закрыт: ответы больше не принимаются.");
        db.ExpectVersion(response, stamp);
        response.Fill(campaign.Questions, answers, reasons, ready, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return response;
    }

    /// <summary>The municipality sends up every response of its organizations that is filled; they are locked from then on.</summary>
    /// <returns>the number sent, or null outside the user's scope.</returns>
    public async Task<int?> SubmitAsync(UserScope scope, int campaignId, CancellationToken ct)
    {
        if (scope.Level != ScopeLevel.Municipality || !await Visible(scope).AnyAsync(c => c.Id == campaignId, ct)) return null;
        var filled = await db.CampaignResponses.Where(r => r.CampaignId == campaignId && r.MunicipalityId == scope.MunicipalityId && r.Status == ResponseStatus.Filled).ToListAsync(ct);
        if (filled.Count == 0) throw new DomainException("Нет заполненных ответов для отправки: организации ещё не завершили заполнение.");
        foreach (var r in filled) r.Submit(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return filled.Count;
    }

    /// <summary>The level above returns answers for rework: the municipality a filled response of its organization, the
    /// region one its municipality has submitted.</summary>
    public async Task<CampaignResponse?> ReturnAsync(UserScope scope, int responseId, string reason, CancellationToken ct, Guid? stamp = null)
    {
        if (await FindResponseAsync(scope, responseId, ct) is not var (_, response)) return null;
        db.ExpectVersion(response, stamp);
        var allowed = (scope.Level, response.Status) switch
        {
            (ScopeLevel.Municipality, ResponseStatus.Filled) => true,
            (ScopeLevel.Region, ResponseStatus.Submitted or ResponseStatus.Filled) => true,
            (ScopeLevel.Municipality, ResponseStatus.Submitted) => throw new DomainException("Ответы уже отправлены в регион: вернуть их может только региональный оператор."),
            _ => false,
        };
        if (!allowed) return scope.Level == ScopeLevel.Organization ? null : throw new DomainException("Эти ответы ещё не заполнены: возвращать нечего.");
        response.Return(reason);
        await db.SaveChangesAsync(ct);
        return response;
    }

    /// <summary>Who has answered: per municipality for the region, per organization for a municipality.</summary>
    public async Task<List<CompletionRow>> CompletionAsync(UserScope scope, MonitoringCampaign campaign, CancellationToken ct)
    {
        var responses = db.CampaignResponses.Where(r => r.CampaignId == campaign.Id && (scope.Level != ScopeLevel.Municipality || r.MunicipalityId == scope.MunicipalityId));
        if (scope.Level == ScopeLevel.Region)
            return (await responses.GroupBy(r => r.MunicipalityId).Select(g => new
            {
                g.Key, NotStarted = g.Count(r => r.Status == ResponseStatus.NotStarted), Draft = g.Count(r => r.Status == ResponseStatus.Draft),
                Filled = g.Count(r => r.Status == ResponseStatus.Filled), Submitted = g.Count(r => r.Status == ResponseStatus.Submitted),
            }).ToListAsync(ct))
                .Join(await db.Municipalities.Where(m => m.RegionId == campaign.RegionId).ToDictionaryAsync(m => m.Id, m => m.Name, ct), g => g.Key, m => m.Key,
                    (g, m) => new CompletionRow(g.Key, m.Value, g.NotStarted, g.Draft, g.Filled, g.Submitted))
                .OrderBy(r => r.Submitted == r.Total).ThenBy(r => r.Name).ToList();
        return [];
    }

    public Task<List<ResponseRow>> ResponsesAsync(UserScope scope, MonitoringCampaign campaign, int? municipalityId, CancellationToken ct) =>
        db.CampaignResponses.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && (scope.Level != ScopeLevel.Municipality || r.MunicipalityId == scope.MunicipalityId)
                && (scope.Level != ScopeLevel.Organization || r.OrganizationId == scope.OrganizationId) && (municipalityId == null || r.MunicipalityId == municipalityId))
            .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new { r, o })
            .OrderBy(x => x.r.Status).ThenBy(x => x.o.Name)
            .Select(x => new ResponseRow(x.r.Id, x.o.Id, x.o.Name, x.o.Municipality!.Name, x.r.Status, x.r.FilledAt))
            .ToListAsync(ct);
}
