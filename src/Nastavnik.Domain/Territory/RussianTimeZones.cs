using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.Territory;

/// <summary>A time zone of Russia: its IANA id, the city it is named after, its offset from UTC.</summary>
public sealed record RussianTimeZone(string Id, string City, int UtcOffsetHours)
{
    /// <summary>«Томск (UTC+7)».</summary>
    public string Title => $"{City} (UTC+{UtcOffsetHours})";
}

/// <summary>Russia's time zones (the IANA database's, west to east), from which a region chooses its own.</summary>
public static class RussianTimeZones
{
    public static readonly IReadOnlyList<RussianTimeZone> All =
    [
        new("Europe/Kaliningrad", "Калининград", 2),
        new("Europe/Moscow", "Москва", 3),
        new("Europe/Kirov", "Киров", 3),
        new("Europe/Volgograd", "Волгоград", 3),
        new("Europe/Astrakhan", "Астрахань", 4),
        new("Europe/Samara", "Самара", 4),
        new("Europe/Saratov", "Саратов", 4),
        new("Europe/Ulyanovsk", "Ульяновск", 4),
        new("Asia/Yekaterinburg", "Екатеринбург", 5),
        new("Asia/Omsk", "Омск", 6),
        new("Asia/Barnaul", "Барнаул", 7),
        new("Asia/Krasnoyarsk", "Красноярск", 7),
        new("Asia/Novokuznetsk", "Новокузнецк", 7),
        new("Asia/Novosibirsk", "Новосибирск", 7),
        new("Asia/Tomsk", "Томск", 7),
        new("Asia/Irkutsk", "Иркутск", 8),
        new("Asia/Chita", "Чита", 9),
        new("Asia/Khandyga", "Хандыга", 9),
        new("Asia/Yakutsk", "Якутск", 9),
        new("Asia/Ust-Nera", "Усть-Нера", 10),
        new("Asia/Vladivostok", "Владивосток", 10),
        new("Asia/Magadan", "Магадан", 11),
        new("Asia/Sakhalin", "Южно-Сахалинск", 11),
        new("Asia/Srednekolymsk", "Среднеколымск", 11),
        new("Asia/Anadyr", "Анадырь", 12),
        new("Asia/Kamchatka", "Петропавловск-Камчатский", 12),
    ];

    public static RussianTimeZone? Find(string? id) => All.FirstOrDefault(z => z.Id == id);

    /// <summary>The zone by its id, or a Russian error naming the field.</summary>
    public static RussianTimeZone Require(string? id, string field = "TimeZoneId") => Find(id?.Trim())
        ?? throw new DomainException($"Часовой пояс «{id}» не из списка часовых поясов России: выберите один из списка.", field);
}
