namespace Nastavnik.Web.Infrastructure.Email;

/// <summary>The Russian texts of every e-mail the system sends, in one place.</summary>
public static class EmailTemplates
{
    private const string Signature = "\n\n—\nИнформационная система «Наставник». Это письмо отправлено автоматически, отвечать на него не нужно.";

    public static (string Subject, string Body) Invitation(string fullName, string role, string scopeName, string link, DateTimeOffset expiresAt) => (
        "Приглашение в систему «Наставник»",
        $"Здравствуйте, {fullName}!\n\n" +
        $"Для вас создана учётная запись в информационной системе «Наставник» ({scopeName}), роль: {role}.\n" +
        $"Чтобы начать работу, задайте пароль по ссылке:\n{link}\n\n" +
        $"Ссылка действует до {Moscow(expiresAt)} и только один раз. Если вы не ждали этого письма, просто удалите его." + Signature);

    public static (string Subject, string Body) PasswordReset(string fullName, string login, string link, DateTimeOffset expiresAt) => (
        "Восстановление пароля в системе «Наставник»",
        $"Здравствуйте, {fullName}!\n\n" +
        $"Кто-то (возможно, вы) запросил восстановление пароля для учётной записи «{login}».\n" +
        $"Задать новый пароль можно по ссылке:\n{link}\n\n" +
        $"Ссылка действует до {Moscow(expiresAt)} и только один раз. Если вы не запрашивали восстановление, ничего делать не нужно: " +
        "ваш пароль не изменится." + Signature);

    public static (string Subject, string Body) ConsentRequest(string personShortName, string organization, string purpose, string link, DateTimeOffset expiresAt, bool minor) => (
        $"Согласие на обработку персональных данных — {organization}",
        $"Здравствуйте!\n\n{organization} просит {(minor ? "вас как законного представителя ребёнка" : "вас")} ({personShortName}) " +
        $"дать согласие на обработку персональных данных для цели: «{purpose}».\n" +
        $"Ознакомиться и дать согласие можно по ссылке:\n{link}\n\n" +
        $"Ссылка действует до {Moscow(expiresAt)}. Согласие можно отозвать в любой момент, обратившись в организацию." + Signature);

    /// <summary>Dates in e-mails are written in Moscow time with the zone named: the reader may be in any of Russia's zones.</summary>
    private static string Moscow(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(3)).ToString("dd.MM.yyyy HH:mm") + " (МСК)";
}
