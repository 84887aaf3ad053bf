using Microsoft.EntityFrameworkCore;

namespace Nastavnik.Web.Data;

/// <summary>Optimistic concurrency of the editable records. Every such record has a <c>Guid ConcurrencyStamp</c>
/// configured as a concurrency token; <see cref="AppDbContext"/> renews it on every save of the record, and a form
/// carries the stamp it was rendered with. <see cref="ExpectVersion"/> makes the UPDATE carry
/// "WHERE ConcurrencyStamp = the version the user edited": a second save of a stale form matches no row, EF throws
/// <see cref="DbUpdateConcurrencyException"/>, nothing is written, and the page shows <see cref="ConflictMessage"/>
/// (the API answers 409).</summary>
public static class ConcurrencyStamps
{
    public const string Property = "ConcurrencyStamp";

    public const string ConflictMessage = "Запись уже изменил другой пользователь. Обновите страницу и внесите правки заново.";

    /// <summary>Saves of <paramref name="entity"/> succeed only if it is still the version with <paramref name="stamp"/>;
    /// the record's row is updated (and its stamp renewed) even when only its children changed. A null stamp (an API
    /// client that sends none) is not checked.</summary>
    public static void ExpectVersion(this DbContext db, object entity, Guid? stamp)
    {
        var property = db.Entry(entity).Property(Property);
        if (stamp is { } s) property.OriginalValue = s;
        property.IsModified = true;
    }

    /// <summary>Whether an entity type takes part: it has the stamp as a concurrency token.</summary>
    public static bool IsStamped(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyEntityType type) =>
        type.FindProperty(Property) is { IsConcurrencyToken: true, ClrType: var t } && t == typeof(Guid);
}
