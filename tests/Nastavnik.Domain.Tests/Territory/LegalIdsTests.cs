using Nastavnik.Domain.Territory;
using Shouldly;

namespace Nastavnik.Domain.Tests.Territory;

public class LegalIdsTests
{
    [Theory]
    [InlineData("7707083893")] // ПАО Сбербанк
    [InlineData("7830002293")]
    [InlineData("500100732259")] // a 12-digit ИНН of an individual entrepreneur
    public void ValidInnsPass(string inn) => LegalIds.IsValidInn(inn).ShouldBeTrue();

    [Theory]
    [InlineData("7707083894")] // last digit changed
    [InlineData("7707083839")] // two digits swapped
    [InlineData("770708389")] // 9 digits
    [InlineData("77070838931")] // 11 digits
    [InlineData("77070838Э3")]
    [InlineData("500100732258")]
    [InlineData("")]
    [InlineData(null)]
    public void BrokenInnsFail(string? inn) => LegalIds.IsValidInn(inn).ShouldBeFalse();

    [Theory]
    [InlineData("1027700132195")] // ПАО Сбербанк
    [InlineData("1027739609391")]
    [InlineData("304500116000157")] // ОГРНИП
    public void ValidOgrnsPass(string ogrn) => LegalIds.IsValidOgrn(ogrn).ShouldBeTrue();

    [Theory]
    [InlineData("1027700132194")]
    [InlineData("102770013219")]
    [InlineData("304500116000158")]
    [InlineData("10277001321x5")]
    public void BrokenOgrnsFail(string ogrn) => LegalIds.IsValidOgrn(ogrn).ShouldBeFalse();

    [Fact]
    public void TheReasonIsRussianAndNamesTheNumber()
    {
        LegalIds.InnProblem("7707083894")!.ShouldContain("ИНН «7707083894» не проходит проверку контрольной цифры");
        LegalIds.InnProblem("123")!.ShouldContain("10 цифр");
        LegalIds.OgrnProblem("1027700132194")!.ShouldContain("ОГРН «1027700132194»");
        LegalIds.InnProblem("7707083893").ShouldBeNull();
    }
}

public class OrganizationTypesTests
{
    [Theory]
    [InlineData("СОШ", OrganizationType.School)]
    [InlineData("школа", OrganizationType.School)]
    [InlineData("МБОУ «СОШ № 1»", OrganizationType.School)]
    [InlineData("ОО", OrganizationType.School)]
    [InlineData("МОУ", OrganizationType.School)]
    [InlineData("Лицей № 7", OrganizationType.School)]
    [InlineData("гимназия", OrganizationType.School)]
    [InlineData("общеобразовательная организация", OrganizationType.School)]
    [InlineData("ДОУ", OrganizationType.Preschool)]
    [InlineData("Детский сад", OrganizationType.Preschool)]
    [InlineData("дошкольная образовательная организация", OrganizationType.Preschool)]
    [InlineData("МБДОУ «Детский сад № 3»", OrganizationType.Preschool)]
    [InlineData("ДО", OrganizationType.AdditionalEducation)]
    [InlineData("ЦДО", OrganizationType.AdditionalEducation)]
    [InlineData("МБУ ДО «ДДТ № 4»", OrganizationType.AdditionalEducation)]
    [InlineData("организация дополнительного образования", OrganizationType.AdditionalEducation)]
    [InlineData("ПОО", OrganizationType.College)]
    [InlineData("СПО", OrganizationType.College)]
    [InlineData("техникум", OrganizationType.College)]
    [InlineData("Колледж", OrganizationType.College)]
    [InlineData("профессиональная образовательная организация", OrganizationType.College)]
    [InlineData("вуз", OrganizationType.University)]
    [InlineData("Томский государственный университет", OrganizationType.University)]
    [InlineData("предприятие", OrganizationType.Enterprise)]
    [InlineData("ООО «Ромашка»", OrganizationType.Enterprise)]
    [InlineData("учреждение культуры", OrganizationType.CultureSport)]
    [InlineData("спортивная школа олимпийского резерва", OrganizationType.CultureSport)]
    [InlineData("НКО", OrganizationType.Ngo)]
    [InlineData("орган управления образованием", OrganizationType.Authority)]
    [InlineData("College", OrganizationType.College)]
    public void RussianWordsAndAbbreviationsAreRecognised(string text, OrganizationType expected) =>
        OrganizationTypes.Recognize(text).ShouldBe(expected);

    [Theory]
    [InlineData("прочее")]
    [InlineData("космодром")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownWordsAreNotGuessed(string? text) => OrganizationTypes.Recognize(text).ShouldBeNull();

    [Fact]
    public void ClosingArchivesAndMergingNamesTheTarget()
    {
        var a = new Organization { Id = 1, Name = "А" };
        var b = new Organization { Id = 2, Name = "Б" };
        a.MergeInto(b, new DateOnly(2026, 9, 1));
        (a.ClosedOn, a.IsArchived, a.MergedIntoId).ShouldBe((new DateOnly(2026, 9, 1), true, 2));
        Should.Throw<Common.DomainException>(() => a.Reopen());
        Should.Throw<Common.DomainException>(() => b.MergeInto(a, new DateOnly(2026, 9, 2))).Message.ShouldContain("закрыта");
        Should.Throw<Common.DomainException>(() => b.MergeInto(b, new DateOnly(2026, 9, 2)));
        b.Close(new DateOnly(2026, 10, 1));
        b.Reopen();
        (b.ClosedOn, b.IsArchived).ShouldBe((null, false));
    }
}
