namespace Nastavnik.Web.Infrastructure.Validation;

/// <summary>Russian messages of the input classes' attributes, the same for the pages and the API: {0} is the field's
/// display name, {1} the attribute's bound.</summary>
public static class FieldMessages
{
    public const string TooLong = "{0}: не длиннее {1} символов.";
    public const string Unknown = "{0}: такого значения нет в списке.";
}
