using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Data.Seeding;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Features.Import;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Email;

namespace Nastavnik.Bench.Email;

/// <summary>Bulk invitation of N registry mentors (accounts, roles, links, outbox, audit; one transaction) vs binary
/// COPY of the same kind of rows into the same four tables (AspNetUsers, RoleGrants, AccountLinks, OutboxMessages).
/// Each run is a transaction rolled back afterwards, so every run invites the same people afresh; the two sides
/// alternate.</summary>
public static class InvitationBench
{
    public static async Task<int> RunAsync(string connection, int mentors, int runs)
    {
        await using var app = BenchApp.Build(connection, settings: new Dictionary<string, string?> { ["Email:SenderEnabled"] = "false" });
        var (region, personIds) = await SetUpAsync(app, mentors);
        var manager = new UserScope(UserRole.RegionalOperator, region, null, null, null);
        var bulk = new List<double>();
        var copy = new List<double>();
        for (var run = 0; run < runs * 2; run++)
        {
            var bulkFirst = run % 2 == 0;
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Actor.UserName = "замер";
            await using var tx = await db.Database.BeginTransactionAsync();
            var watch = new Stopwatch();
            if (bulkFirst)
            {
                watch.Start();
                var rows = await scope.ServiceProvider.GetRequiredService<BulkInvitations>().InviteAsync(manager, null, UserRole.Mentor, personIds, false);
                watch.Stop();
                if (rows.Count(r => r.Outcome == BulkOutcome.Invited) != personIds.Count)
                    throw new InvalidOperationException("not everyone was invited: " + string.Join(", ", rows.GroupBy(r => r.Outcome).Select(g => $"{g.Key} {g.Count()}")));
                bulk.Add(watch.Elapsed.TotalMilliseconds);
            }
            else
            {
                var rows = await BaselineRowsAsync(scope.ServiceProvider, db, personIds);
                db.AuditEnabled = false; // the baseline writes just the four tables
                watch.Start();
                var writer = new PostgresBulkWriter(db);
                await writer.AssignIdsAsync(rows.Grants, (g, id) => g.Id = id, default);
                await writer.AssignIdsAsync(rows.Links, (l, id) => l.Id = id, default);
                await writer.AssignIdsAsync(rows.Messages, (m, id) => m.Id = id, default);
                await writer.CopyAsync(rows.Users, u => u.OrganizationId, default);
                await writer.CopyAsync(rows.Grants, g => g.OrganizationId, default);
                await writer.CopyAsync(rows.Links, l => l.OrganizationId, default);
                await writer.CopyAsync(rows.Messages, m => m.OrganizationId, default);
                watch.Stop();
                copy.Add(watch.Elapsed.TotalMilliseconds);
            }
            var outbox = await db.OutboxMessages.CountAsync();
            if (outbox != personIds.Count) throw new InvalidOperationException($"outbox has {outbox} messages, expected {personIds.Count}");
            await tx.RollbackAsync();
        }
        Console.WriteLine($"Массовое приглашение {personIds.Count:N0} наставников, прогонов по {runs}:");
        Console.WriteLine($"  BulkInvitations:  медиана {BenchApp.Median(bulk):F0} мс, лучший {bulk.Min():F0} мс");
        Console.WriteLine($"  COPY тех же строк: медиана {BenchApp.Median(copy):F0} мс, лучший {copy.Min():F0} мс");
        Console.WriteLine($"RESULT invitations_ms={BenchApp.Median(bulk):F0} copy_ms={BenchApp.Median(copy):F0} ratio_median={BenchApp.Median(bulk) / BenchApp.Median(copy):F2} ratio_best={bulk.Min() / copy.Min():F2}");
        return 0;
    }

    /// <summary>A region of one municipality with the mentors (generated as the `generate` verb does), each with an
    /// address of his own.</summary>
    private static async Task<(int Region, List<int> People)> SetUpAsync(Microsoft.AspNetCore.Builder.WebApplication app, int mentors)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DemoSeeder.SeedCatalogAsync(db);
        var region = new Region { Name = $"Регион замера приглашений {Guid.NewGuid():N}" };
        var municipality = new Municipality { Name = "Район замера", Kind = MunicipalityKind.District };
        for (var o = 0; o < 40; o++) municipality.Organizations.Add(new Organization { Name = $"МБОУ «СОШ № {o + 1}»", Type = OrganizationType.School });
        region.Municipalities.Add(municipality);
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var orgs = municipality.Organizations.ToList();
        var orgIds = orgs.Select(o => o.Id).ToList();
        db.ChangeTracker.Clear();
        await new RegistryGenerator(db, scope.ServiceProvider.GetRequiredService<Web.Infrastructure.Time.TerritoryClock>().TodayIn(region.Id))
            .GenerateAsync(orgs, 0, mentors);
        await db.People.Where(p => orgIds.Contains(p.OrganizationId))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, p => "mentor" + p.Id + "@bench.example"));
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        var people = await db.Mentors.Where(m => orgIds.Contains(m.Person!.OrganizationId)).Select(m => m.PersonId).ToListAsync();
        return (region.Id, people);
    }

    private sealed record Rows(List<AppUser> Users, List<RoleGrant> Grants, List<AccountLink> Links, List<OutboxMessage> Messages);

    /// <summary>The rows an invitation writes, built in memory before the clock starts.</summary>
    private static async Task<Rows> BaselineRowsAsync(IServiceProvider services, AppDbContext db, List<int> personIds)
    {
        var accounts = services.GetRequiredService<AccountService>();
        var now = DateTimeOffset.UtcNow;
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.LastName, p.FirstName, p.MiddleName, p.Email, p.OrganizationId, p.Organization!.Name, p.Organization.MunicipalityId, p.Organization.Municipality!.RegionId })
            .ToListAsync();
        var rows = new Rows([], [], [], []);
        foreach (var p in people)
        {
            var target = new UserScope(UserRole.Mentor, p.RegionId, p.MunicipalityId, p.OrganizationId, p.Id);
            var user = accounts.NewAccount($"{p.LastName} {p.FirstName} {p.MiddleName}", p.Email!, p.Email!.Split('@')[0]);
            user.Use(target);
            var (link, message, _) = accounts.NewInvitation(user, p.Email, target, null, now, p.Name);
            rows.Users.Add(user);
            rows.Grants.Add(RoleGrant.For(user.Id, target, now, null));
            rows.Links.Add(link);
            rows.Messages.Add(message);
        }
        return rows;
    }
}
