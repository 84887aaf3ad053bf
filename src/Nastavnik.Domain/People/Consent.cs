using System.Linq.Expressions;
using Nastavnik.Domain.Common;

namespace Nastavnik.Domain.People;

/// <summary>Согласие на обработку персональных данных (152-ФЗ); for minors, given by the legal representative.</summary>
public class Consent : IPersonalData
{
    public const string DefaultPurpose = "Участие в программах наставничества, ведение баз наставников и наставляемых";
    /// <summary>Needed before a mentor's name appears on a public «Наставничество» page.</summary>
    public const string PublicationPurpose = "Публикация сведений о наставнике на сайте (раздел «Наставничество»)";

    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public required string Purpose { get; set; }
    public DateOnly GivenOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativeRelation { get; set; }
    public string? DocumentNote { get; set; }

    /// <summary>Not withdrawn and not expired on the date: the one definition, for pages and for SQL.</summary>
    public static readonly Expression<Func<Consent, DateOnly, bool>> IsInForceOnExpression =
        (c, date) => c.WithdrawnOn == null && (c.ValidUntil == null || c.ValidUntil >= date);
    private static readonly Func<Consent, DateOnly, bool> isInForceOn = IsInForceOnExpression.Compile();

    [QueryableAs(nameof(IsInForceOnExpression))]
    public bool IsInForceOn(DateOnly date) => isInForceOn(this, date);
}
