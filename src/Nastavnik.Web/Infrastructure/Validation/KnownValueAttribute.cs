using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace Nastavnik.Web.Infrastructure.Validation;

/// <summary>An enum field (a list of them, or a map keyed by them) holds only values its enum defines: JSON and forms accept any number
/// («form»: 99999), and such a value must not reach the database.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class KnownValueAttribute : ValidationAttribute
{
    public KnownValueAttribute() : base(FieldMessages.Unknown) { }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        Enum e => Enum.IsDefined(e.GetType(), e),
        IDictionary map => map.Keys.Cast<object?>().All(IsValid),
        IEnumerable list and not string => list.Cast<object?>().All(IsValid),
        _ => true,
    };
}
