using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Shouldly;

namespace Nastavnik.Domain.Tests;

public class PersonTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static Person Make(string? birth, PersonRole role = PersonRole.Teacher) => new()
    {
        LastName = "Иванова", FirstName = "Анна", Role = role,
        BirthDate = birth is null ? null : DateOnly.ParseExact(birth, "dd.MM.yyyy"),
    };

    [Theory]
    [InlineData("22.11.2008", 18)]
    [InlineData("23.11.2008", 17)]
    [InlineData("29.02.2000", 26)]
    [InlineData("01.01.1970", 56)]
    public void AgeIsDerivedFromTheBirthDate(string birth, int age) => Make(birth).AgeOn(Today).ShouldBe(age);

    [Theory]
    [InlineData("23.11.2008", PersonRole.Student, true)]
    [InlineData("22.11.2008", PersonRole.Pupil, false)]
    [InlineData(null, PersonRole.Pupil, true)]
    [InlineData(null, PersonRole.Teacher, false)]
    public void MinorsAreThoseUnder18OrPupilsWithoutABirthDate(string? birth, PersonRole role, bool minor) =>
        Make(birth, role).IsMinorOn(Today).ShouldBe(minor);

    [Fact]
    public void AMinorsConsentMustComeFromALegalRepresentative()
    {
        var pupil = Make("01.09.2014", PersonRole.Pupil);
        var error = Should.Throw<DomainException>(() => pupil.GiveConsent(Today, Consent.DefaultPurpose, null, null, null, Today));
        error.Message.ShouldContain("законного представителя");
        pupil.HasValidConsentOn(Today).ShouldBeFalse();

        pupil.GiveConsent(Today, Consent.DefaultPurpose, "Иванова Мария Петровна", "мать", null, Today);
        pupil.HasValidConsentOn(Today).ShouldBeTrue();
    }

    [Fact]
    public void WithoutAValidConsentAPersonCannotBePaired()
    {
        var teacher = Make("01.01.1990");
        Should.Throw<DomainException>(() => teacher.EnsureCanBePaired(Today)).Message.ShouldContain("нет действующего согласия");

        var consent = teacher.GiveConsent(Today.AddDays(-10), Consent.DefaultPurpose, null, null, null, Today);
        Should.NotThrow(() => teacher.EnsureCanBePaired(Today));

        teacher.WithdrawConsent(consent, Today);
        teacher.ConsentState.ShouldBe(ConsentState.Withdrawn);
        Should.Throw<DomainException>(() => teacher.EnsureCanBePaired(Today));
    }

    [Fact]
    public void AnExpiredConsentIsNotValid()
    {
        var teacher = Make("01.01.1990");
        teacher.GiveConsent(Today.AddYears(-2), Consent.DefaultPurpose, null, null, Today.AddDays(-1), Today);
        teacher.ConsentState.ShouldBe(ConsentState.Expired);
        teacher.HasValidConsentOn(Today).ShouldBeFalse();
    }

    [Fact]
    public void NormalizeBuildsTheSearchTextWithoutYoAndCase()
    {
        var p = new Person { LastName = " Ёлкина ", FirstName = "Анна", MiddleName = "  ", Email = "A@School.example", Subjects = "Музыка;  ИЗО ; музыка" };
        p.Normalize();
        p.LastName.ShouldBe("Ёлкина");
        p.MiddleName.ShouldBeNull();
        p.SearchText.ShouldBe("елкина анна a@school.example");
        p.Subjects.ShouldBe("Музыка; ИЗО");
        SearchText.Normalize("ЁЛКИНА").ShouldBe("елкина");
    }
}
