using Microsoft.EntityFrameworkCore;
using Nastavnik.Domain.Common;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Infrastructure.Auth;

namespace Nastavnik.Web.Infrastructure.Cli;

/// <summary>`bootstrap --region "…" --login … --email … [--name "…"] [--time-zone Asia/Tomsk]`: the first step of a real region
/// on an empty database — the region (in its time zone, Moscow time by default) and its first regional operator (no password), with a one-time link to set it, printed and e-mailed.</summary>
public static class Bootstrap
{
    public const string EmptyDatabaseHint =
        "База данных пуста. Создайте регион и первого регионального оператора:\n" +
        "  dotnet Nastavnik.Web.dll bootstrap --region \"Томская область\" --time-zone Asia/Tomsk --login operator --email operator@example.ru\n" +
        "(демо-данные для знакомства: параметр --Demo:Seed=true)";

    public static async Task<int> RunAsync(IServiceProvider services, string? regionName, string? login, string? email, TextWriter output, string? fullName = null, string? timeZone = null)
    {
        if (string.IsNullOrWhiteSpace(regionName) || string.IsNullOrWhiteSpace(login) || string.IsNullOrWhiteSpace(email))
        {
            output.WriteLine("Использование: bootstrap --region \"<название региона>\" --login <логин> --email <адрес> [--name \"<ФИО оператора>\"] [--time-zone <часовой пояс, например Asia/Tomsk>]");
            return 2;
        }
        var db = services.GetRequiredService<AppDbContext>();
        db.Actor.UserName = "bootstrap";
        await db.Database.MigrateAsync();
        if (await db.Regions.AnyAsync())
        {
            var existing = await db.Regions.Select(r => r.Name).FirstAsync();
            output.WriteLine($"Отказано: в базе уже есть регион «{existing}». Команда bootstrap выполняется один раз на пустой базе; " +
                "новых операторов приглашает региональный оператор на странице «Учётные записи».");
            return 1;
        }
        var accounts = services.GetRequiredService<AccountService>();
        try
        {
            var address = EmailAddresses.Normalize(email, "email")!;
            await using var tx = await db.Database.BeginTransactionAsync();
            var region = new Region { Name = regionName.Trim() };
            if (timeZone is not null) region.ChangeTimeZone(timeZone);
            db.Regions.Add(region);
            await db.SaveChangesAsync();
            var name = string.IsNullOrWhiteSpace(fullName) ? $"Оператор ({region.Name})" : fullName.Trim();
            var user = await accounts.NewUserAsync(name, address, login, new HashSet<string>(), default);
            if (!string.Equals(user.UserName, login.Trim(), StringComparison.OrdinalIgnoreCase))
                throw new DomainException($"Логин «{login.Trim()}» не подходит: допустимы латинские буквы, цифры, точка, дефис и подчёркивание, не короче 3 символов.");
            var scope = new UserScope(UserRole.RegionalOperator, region.Id, null, null, null);
            accounts.AddGrant(user, scope, null, db.Clock.GetUtcNow());
            var link = await accounts.IssueInvitationAsync(user, address, scope, null, db.Clock.GetUtcNow(), default);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            output.WriteLine($"Регион «{region.Name}» создан, часовой пояс: {RussianTimeZones.Find(region.TimeZoneId)?.Title ?? region.TimeZoneId}. Региональный оператор: {user.UserName} ({address}).");
            output.WriteLine($"Ссылка для установки пароля (действует 7 дней, одноразовая; отправлена и по почте):\n{link}");
            return 0;
        }
        catch (DomainException ex)
        {
            output.WriteLine("Отказано: " + ex.Message);
            return 1;
        }
    }
}
