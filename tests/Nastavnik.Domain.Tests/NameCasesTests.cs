using Nastavnik.Domain.Common;
using Nastavnik.Domain.People;
using Shouldly;

namespace Nastavnik.Domain.Tests;

/// <summary>Names in an order's sentences take the case the sentence needs.</summary>
public class NameCasesTests
{
    [Theory]
    [InlineData("Иванова Мария Петровна", "Ивановой Марии Петровны", "Ивановой Марии Петровне", "Иванову Марию Петровну", "Ивановой Марией Петровной", "Ивановой Марии Петровне")]
    [InlineData("Иванов Пётр Сергеевич", "Иванова Петра Сергеевича", "Иванову Петру Сергеевичу", "Иванова Петра Сергеевича", "Ивановым Петром Сергеевичем", "Иванове Петре Сергеевиче")]
    [InlineData("Горская Ольга Ильинична", "Горской Ольги Ильиничны", "Горской Ольге Ильиничне", "Горскую Ольгу Ильиничну", "Горской Ольгой Ильиничной", "Горской Ольге Ильиничне")]
    [InlineData("Толстой Лев Николаевич", "Толстого Льва Николаевича", "Толстому Льву Николаевичу", "Толстого Льва Николаевича", "Толстым Львом Николаевичем", "Толстом Льве Николаевиче")]
    [InlineData("Лавровский Дмитрий Павлович", "Лавровского Дмитрия Павловича", "Лавровскому Дмитрию Павловичу", "Лавровского Дмитрия Павловича", "Лавровским Дмитрием Павловичем", "Лавровском Дмитрии Павловиче")]
    [InlineData("Шевчук Наталья Игоревна", "Шевчук Натальи Игоревны", "Шевчук Наталье Игоревне", "Шевчук Наталью Игоревну", "Шевчук Натальей Игоревной", "Шевчук Наталье Игоревне")]
    [InlineData("Шевчук Андрей Игоревич", "Шевчука Андрея Игоревича", "Шевчуку Андрею Игоревичу", "Шевчука Андрея Игоревича", "Шевчуком Андреем Игоревичем", "Шевчуке Андрее Игоревиче")]
    [InlineData("Шевченко Игорь Павлович", "Шевченко Игоря Павловича", "Шевченко Игорю Павловичу", "Шевченко Игоря Павловича", "Шевченко Игорем Павловичем", "Шевченко Игоре Павловиче")]
    [InlineData("Черных Любовь Павловна", "Черных Любови Павловны", "Черных Любови Павловне", "Черных Любовь Павловну", "Черных Любовью Павловной", "Черных Любови Павловне")]
    [InlineData("Сковорода Никита Ильич", "Сковороды Никиты Ильича", "Сковороде Никите Ильичу", "Сковороду Никиту Ильича", "Сковородой Никитой Ильичом", "Сковороде Никите Ильиче")]
    public void AFullNameTakesEveryCase(string name, string genitive, string dative, string accusative, string instrumental, string prepositional)
    {
        NameCases.Decline(name, NameCase.Genitive).ShouldBe(genitive);
        NameCases.Decline(name, NameCase.Dative).ShouldBe(dative);
        NameCases.Decline(name, NameCase.Accusative).ShouldBe(accusative);
        NameCases.Decline(name, NameCase.Instrumental).ShouldBe(instrumental);
        NameCases.Decline(name, NameCase.Prepositional).ShouldBe(prepositional);
        NameCases.Decline(name, NameCase.Nominative).ShouldBe(name);
    }

    [Theory]
    [InlineData("Иванова М.П.", "Ивановой М.П.")]
    [InlineData("М.П. Иванова", "М.П. Ивановой")]
    [InlineData("Петрова-Водкина Анна Сергеевна", "Петровой-Водкиной Анне Сергеевне")]
    [InlineData("ИВАНОВА МАРИЯ ПЕТРОВНА", "ИВАНОВОЙ МАРИИ ПЕТРОВНЕ")]
    [InlineData("заместитель директора Иванова", "заместитель директора Иванова")]
    [InlineData("Smith John", "Smith John")]
    public void InitialsDoubleSurnamesCapitalsAndNonNamesAreHandled(string name, string dative) =>
        NameCases.Decline(name, NameCase.Dative).ShouldBe(dative);

    [Fact]
    public void TheRecordsSexWinsOverTheGuess()
    {
        NameCases.Decline("Шевчук Саша", NameCase.Dative, Sex.Female).ShouldBe("Шевчук Саше");
        NameCases.Decline("Шевчук Саша", NameCase.Dative, Sex.Male).ShouldBe("Шевчуку Саше");
        NameCases.Decline("Шевчук", NameCase.Dative).ShouldBe("Шевчук", "a bare surname of unknown sex stays as written");
    }

    [Theory]
    [InlineData("Иванова Мария Петровна", Sex.Female)]
    [InlineData("Кузнецов Илья", Sex.Male)]
    [InlineData("Петрова", Sex.Female)]
    [InlineData("Кондратенко", Sex.Unknown)]
    public void TheSexIsToldByTheName(string name, Sex sex) => NameCases.SexOf(name).ShouldBe(sex);

    [Theory]
    [InlineData("Иванова Мария Петровна", "М.П.\u00A0Иванова")]
    [InlineData("Иванова М.П.", "М.П.\u00A0Иванова")]
    [InlineData("Петров Иван", "И.\u00A0Петров")]
    public void ASignatureIsInitialsThenSurname(string name, string signature) => NameCases.Signature(name).ShouldBe(signature);
}
