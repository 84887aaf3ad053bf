using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nastavnik.Domain.People;
using Nastavnik.Domain.Registries;
using Nastavnik.Domain.Territory;
using Nastavnik.Web.Data;
using Nastavnik.Web.Features.Accounts;
using Nastavnik.Web.Infrastructure.Auth;
using Nastavnik.Web.Infrastructure.Cli;
using Nastavnik.Web.Tests.Infrastructure;
using Shouldly;

namespace Nastavnik.E2E;

/// <summary>The app on an empty database (no demo), its e-mail delivered to a real SMTP server; the links in the mails
/// point at the app's real address (<see cref="BrowserApp.PublicUrl"/>) so that the browser opens them.</summary>
public sealed class GoLiveApp : BrowserApp
{
    public SmtpSink Smtp { get; private set; } = null!;

    protected override bool SeedDemo => false;

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("Email:SenderEnabled", "true");
        builder.UseSetting("Email:PollMilliseconds", "100");
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Smtp.Port.ToString());
    }

    protected override async Task BeforeStartAsync() => Smtp = await SmtpSink.StartAsync();

    protected override async Task DisposeMoreAsync()
    {
        if (Smtp is not null) await Smtp.DisposeAsync();
    }
}

/// <summary>Going live in a real region, from an empty database, every step by the e-mail a person really receives:
/// bootstrap → the regional operator → a municipal coordinator → a school head → a curator → mentors invited in bulk
/// from the registry → a parent's consent by a mailed link → a forgotten password → an expired and a revoked link.</summary>
[Collection("Browser")]
public class GoLiveJourneyTests(GoLiveApp app) : IClassFixture<GoLiveApp>
{
    private const string Password = "Nastavnik-2026";
    private static readonly string Screens = Path.Combine(AppContext.BaseDirectory, "screenshots", "golive");

    [Fact]
    public async Task ARegionGoesLiveFromAnEmptyDatabaseByTheMailsPeopleReceive()
    {
        app.BaseUrl.ShouldBe(app.PublicUrl);

        // 1. bootstrap on the empty database: the region and its operator, whose link comes by e-mail; a second run is refused.
        using (var scope = app.Services.CreateScope())
        {
            var output = new StringWriter();
            (await Bootstrap.RunAsync(scope.ServiceProvider, "Томская область", "operator", "operator@tomsk.example.ru", output)).ShouldBe(0);
            output.ToString().ShouldContain("Регион «Томская область» создан");
        }
        using (var scope = app.Services.CreateScope())
        {
            var output = new StringWriter();
            (await Bootstrap.RunAsync(scope.ServiceProvider, "Новосибирская область", "operator2", "op2@example.ru", output)).ShouldBe(1);
            output.ToString().ShouldContain("Отказано: в базе уже есть регион «Томская область»");
        }
        var operatorPage = await ActivateAsync("operator@tomsk.example.ru", "operator", "set-password");

        // 2. The region's organizations. STAND-IN for the import of the region's organization list (the /Territory page
        // is being built on another branch): written straight to the database; replace by the import page once merged.
        var (tomskId, schoolId) = await CreateTerritoryAsync();

        // 3. The operator invites the municipal coordinator of Tomsk.
        await InviteAsync(operatorPage, "Координаторов Иван Петрович", "coordinator@tomsk.example.ru", "coord.tomsk",
            "Муниципальный координатор", municipalityId: tomskId);
        await Assertions.Expect(operatorPage.Locator("#accounts")).ToContainTextAsync("Координаторов Иван Петрович");
        await Assertions.Expect(operatorPage.Locator("#accounts")).ToContainTextAsync("не активирована");
        await ShootAsync(operatorPage, "accounts-operator");

        // 4. The coordinator activates and invites the head of school № 5.
        var coordinatorMail = await app.Smtp.WaitForAsync("coordinator@tomsk.example.ru");
        (coordinatorMail.TextBody ?? "").ShouldContain("Здравствуйте, Координаторов Иван Петрович!");
        (coordinatorMail.TextBody ?? "").ShouldContain("роль: Муниципальный координатор");
        (coordinatorMail.TextBody ?? "").ShouldContain("Город Томск");
        var coordinator = await ActivateAsync("coordinator@tomsk.example.ru", "coord.tomsk");
        await InviteAsync(coordinator, "Директорова Анна Сергеевна", "head5@tomsk.example.ru", "head5",
            "Руководитель организации", organizationId: schoolId);

        // 5. The head activates and invites the curator (her school is the only choice: no organization to pick).
        var head = await ActivateAsync("head5@tomsk.example.ru", "head5");
        await InviteAsync(head, "Кураторова Ольга Ивановна", "curator5@tomsk.example.ru", "curator5", "Куратор");
        await head.GotoAsync("/Accounts/Invitations");
        await Assertions.Expect(Row(head, "Кураторова Ольга Ивановна").Locator(".invitation-state")).ToHaveTextAsync("отправлено");

        // 6. The curator activates; the head sees the invitation activated.
        var curator = await ActivateAsync("curator5@tomsk.example.ru", "curator5");
        await head.ReloadAsync();
        await Assertions.Expect(Row(head, "Кураторова Ольга Ивановна").Locator(".invitation-state")).ToHaveTextAsync("активировано");

        // 7. The registry: one mentor added by the curator in the form, three more already there (one without e-mail).
        await curator.GotoAsync("/Mentors/Edit");
        await curator.GetByLabel("Фамилия *").FillAsync("Учителева");
        await curator.GetByLabel("Имя *").FillAsync("Мария");
        await curator.GetByLabel("Отчество").FillAsync("Викторовна");
        await curator.GetByLabel("Электронная почта").FillAsync("uchiteleva@tomsk.example.ru");
        await curator.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status)).ToContainTextAsync("сохран");
        var menteeId = await CreateRegistryAsync(schoolId);

        // 8. Bulk invitation of everyone found: three invited, the one without an e-mail listed with the reason.
        await curator.GotoAsync("/Mentors");
        await Assertions.Expect(curator.Locator("#total")).ToHaveTextAsync("4");
        await curator.Locator("#invite-all").ClickAsync();
        await Assertions.Expect(curator.Locator("#bulk-summary")).ToContainTextAsync("Приглашено: 3 из 4");
        var missing = curator.Locator("#bulk-rows tr.table-warning");
        await Assertions.Expect(missing).ToHaveCountAsync(1);
        await Assertions.Expect(missing).ToContainTextAsync("Безадресов Пётр");
        await Assertions.Expect(missing.Locator("td").Nth(3)).ToHaveTextAsync("нет адреса электронной почты — приглашение не отправлено");
        await ShootAsync(curator, "bulk-report");

        // 9. A mentor activates from his mail and sees his home page.
        var mentor = await ActivateAsync("uchiteleva@tomsk.example.ru", null);
        var mentorLogin = (await LoginOnHomeAsync(mentor)).Trim();
        await Assertions.Expect(mentor.Locator("main")).ToContainTextAsync("Учителева Мария Викторовна");
        await Assertions.Expect(mentor.Locator("main")).ToContainTextAsync("наставник");
        await ShootAsync(mentor, "mentor-home");

        // 10. A minor mentee's consent: the link goes to the parent's e-mail, she gives the consent from her phone.
        await curator.GotoAsync($"/Mentees/Details/{menteeId}");
        await curator.Locator("#cl-email").FillAsync("mama.ucheni@example.ru");
        await curator.GetByRole(AriaRole.Button, new() { Name = "Ссылка для родителя (законного представителя)" }).ClickAsync();
        await Assertions.Expect(curator.GetByRole(AriaRole.Status).First).ToContainTextAsync("mama.ucheni@example.ru");
        var consentMail = await app.Smtp.WaitForAsync("mama.ucheni@example.ru");
        consentMail.Subject.ShouldBe("Согласие на обработку персональных данных — МАОУ СОШ № 5 г. Томска");
        (consentMail.TextBody ?? "").ShouldContain("законного представителя ребёнка (Артём У.)");
        await app.ParentGivesConsentAsync(SmtpSink.LinkIn(consentMail, "/c/"), "Ученикова Светлана Андреевна");
        await curator.ReloadAsync();
        await Assertions.Expect(curator.Locator("section[aria-labelledby='consents-title']")).ToContainTextAsync("Ученикова Светлана Андреевна");

        // 11. The mentor forgot his password: the reset link comes by mail, the new password works.
        var forgot = await app.NewPageAsync();
        await forgot.GotoAsync("/Account/Login");
        await forgot.GetByRole(AriaRole.Link, new() { Name = "Забыли пароль?" }).ClickAsync();
        await forgot.GetByLabel("Логин или e-mail").FillAsync(mentorLogin);
        await forgot.GetByRole(AriaRole.Button, new() { Name = "Отправить ссылку" }).ClickAsync();
        await Assertions.Expect(forgot.Locator("#reset-sent")).ToBeVisibleAsync();
        var reset = await app.Smtp.WaitForAsync("uchiteleva@tomsk.example.ru", count: 2);
        reset.Subject.ShouldBe("Восстановление пароля в системе «Наставник»");
        (reset.TextBody ?? "").ShouldContain($"для учётной записи «{mentorLogin}»");
        await forgot.GotoAsync(SmtpSink.LinkIn(reset, "/p/"));
        await Assertions.Expect(forgot.Locator("h1")).ToHaveTextAsync("Восстановление пароля");
        await SetPasswordAsync(forgot, "Novyi-Parol-7");
        var again = await app.LoginAsync(mentorLogin, "Novyi-Parol-7");
        await Assertions.Expect(again.Locator("h1")).ToHaveTextAsync("Моя запись");

        // 12. An expired invitation is refused; so is one the curator revoked.
        var expiredLink = SmtpSink.LinkIn(await app.Smtp.WaitForAsync("zabyvchivyi@tomsk.example.ru"), "/p/");
        await ExpireInvitationOfAsync("zabyvchivyi@tomsk.example.ru");
        var stranger = await app.NewPageAsync();
        await stranger.GotoAsync(expiredLink);
        await Assertions.Expect(stranger.Locator("#link-refused")).ToHaveTextAsync("Срок действия ссылки истёк. Попросите прислать новую.");

        // Opened but not used: the curator sees it opened, and revokes it.
        var revokedLink = SmtpSink.LinkIn(await app.Smtp.WaitForAsync("otozvannyi@tomsk.example.ru"), "/p/");
        await stranger.GotoAsync(revokedLink);
        await Assertions.Expect(stranger.Locator("#login-name")).ToHaveTextAsync("otozvannyi");
        await curator.GotoAsync("/Accounts/Invitations");
        await Assertions.Expect(Row(curator, "Отозванный Семён").Locator(".invitation-state")).ToHaveTextAsync("открыто");
        await Assertions.Expect(Row(curator, "Забывчивый Олег").Locator(".invitation-state")).ToHaveTextAsync("срок истёк");
        await Assertions.Expect(Row(curator, "Учителева Мария Викторовна").Locator(".invitation-state")).ToHaveTextAsync("активировано");
        await Row(curator, "Отозванный Семён").GetByRole(AriaRole.Button, new() { Name = "Отозвать" }).ClickAsync();
        await Assertions.Expect(Row(curator, "Отозванный Семён").Locator(".invitation-state")).ToHaveTextAsync("отозвано");
        await ShootAsync(curator, "invitations");
        await stranger.GotoAsync(revokedLink);
        await Assertions.Expect(stranger.Locator("#link-refused")).ToHaveTextAsync("Ссылка больше не действует.");
        (await stranger.Locator("#password").CountAsync()).ShouldBe(0);
        await ShootAsync(stranger, "link-revoked");
    }

    private static ILocator Row(IPage page, string name) => page.Locator("#invitations tbody tr", new() { HasText = name });

    /// <summary>Opens the newest set-password link mailed to the address in a fresh browser, sets the password and
    /// returns the signed-in page; the login shown on the page is checked when given.</summary>
    private async Task<IPage> ActivateAsync(string email, string? login, string? screenshot = null)
    {
        var count = app.Smtp.To(email).Count;
        var mail = await app.Smtp.WaitForAsync(email, Math.Max(count, 1));
        mail.Subject.ShouldBe("Приглашение в систему «Наставник»");
        var page = await app.NewPageAsync();
        await page.GotoAsync(SmtpSink.LinkIn(mail, "/p/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Добро пожаловать в «Наставник»");
        if (login is not null) await Assertions.Expect(page.Locator("#login-name")).ToHaveTextAsync(login);
        if (screenshot is not null) await ShootAsync(page, screenshot);
        await SetPasswordAsync(page, Password);
        return page;
    }

    private static async Task SetPasswordAsync(IPage page, string password)
    {
        await page.GetByLabel("Новый пароль").FillAsync(password);
        await page.GetByLabel("Повторите пароль").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить пароль и войти" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/p/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Пароль сохранён");
    }

    private static async Task InviteAsync(IPage page, string fullName, string email, string login, string role,
        int? municipalityId = null, int? organizationId = null)
    {
        await page.GotoAsync("/Accounts");
        var form = page.Locator("#invite-form");
        await page.Locator("summary", new() { HasText = "Пригласить сотрудника" }).ClickAsync();
        await form.GetByLabel("Фамилия, имя, отчество").FillAsync(fullName);
        await form.GetByLabel("E-mail").FillAsync(email);
        await form.GetByLabel("Логин").FillAsync(login);
        await form.GetByLabel("Роль").SelectOptionAsync(new SelectOptionValue { Label = role });
        if (municipalityId is { } m) await form.Locator("#municipalityId").SelectOptionAsync(m.ToString());
        if (organizationId is { } o) await form.Locator("#organizationId").SelectOptionAsync(o.ToString());
        await form.GetByRole(AriaRole.Button, new() { Name = "Отправить приглашение" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"Приглашение отправлено на {email}");
    }

    /// <summary>The mentor's login, read from the database (a bulk invitation makes it up from the name).</summary>
    private async Task<string> LoginOnHomeAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Моя запись");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Email == "uchiteleva@tomsk.example.ru").Select(u => u.UserName!).SingleAsync();
    }

    private async Task<(int TomskId, int SchoolId)> CreateTerritoryAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Actor.UserName = "e2e-territory-standin";
        var region = await db.Regions.SingleAsync();
        var tomsk = new Municipality { RegionId = region.Id, Name = "Город Томск", Kind = MunicipalityKind.UrbanOkrug };
        var seversk = new Municipality { RegionId = region.Id, Name = "ЗАТО Северск", Kind = MunicipalityKind.Zato };
        var school5 = new Organization { Municipality = tomsk, Name = "МАОУ СОШ № 5 г. Томска", ShortName = "СОШ № 5", Type = OrganizationType.School };
        db.AddRange(tomsk, seversk, school5,
            new Organization { Municipality = tomsk, Name = "МАОУ гимназия № 6 г. Томска", Type = OrganizationType.School },
            new Organization { Municipality = seversk, Name = "МБОУ СОШ № 76 ЗАТО Северск", Type = OrganizationType.School });
        await db.SaveChangesAsync();
        return (tomsk.Id, school5.Id);
    }

    /// <summary>Three mentors already in the school's registry (one without an e-mail) and a minor pupil.</summary>
    private async Task<int> CreateRegistryAsync(int schoolId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Actor.UserName = "e2e-registry";
        var today = DateOnly.FromDateTime(DateTime.Today);
        Mentor MentorOf(string last, string first, string? email) => new()
        {
            Person = new Person { OrganizationId = schoolId, LastName = last, FirstName = first, Email = email, Role = PersonRole.Teacher },
            Capacity = 2, IncludedOn = today,
        };
        var pupil = new Mentee
        {
            Person = new Person { OrganizationId = schoolId, LastName = "Учеников", FirstName = "Артём", Role = PersonRole.Pupil, BirthDate = today.AddYears(-13), Grade = "7Б" },
            IncludedOn = today, Request = "Хочу разобраться в выборе профессии",
        };
        db.AddRange(MentorOf("Забывчивый", "Олег", "zabyvchivyi@tomsk.example.ru"), MentorOf("Отозванный", "Семён", "otozvannyi@tomsk.example.ru"),
            MentorOf("Безадресов", "Пётр", null), pupil);
        await db.SaveChangesAsync();
        return pupil.Id;
    }

    private async Task ExpireInvitationOfAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var link = await db.Set<AccountLink>().Where(l => l.Email == email && l.Kind == AccountLinkKind.Invitation).SingleAsync();
        link.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await db.SaveChangesAsync();
    }

    /// <summary>The page at a desktop's and a phone's width, saved for a look (bin/…/screenshots/golive); at neither
    /// width may the page be wider than the screen (wide tables scroll inside their own box).</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screens);
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, width == 390 ? 844 : 900);
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, $"{name} at {width} px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screens, $"{name}-{width}.png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(1280, 720);
    }
}
