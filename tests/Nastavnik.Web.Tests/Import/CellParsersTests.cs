using System.Text;
using Nastavnik.Web.Features.Import;
using Shouldly;

namespace Nastavnik.Web.Tests.Import;

public class CellParsersTests
{
    [Theory]
    [InlineData("03.09.2003", 2003, 9, 3)]
    [InlineData("3.9.2003", 2003, 9, 3)]
    [InlineData(" 03.09.2003 г.", 2003, 9, 3)]
    [InlineData("2003-09-03", 2003, 9, 3)]
    [InlineData("37867", 2003, 9, 3)]
    public void DatesAreReadFromTextAndSerialNumbers(string text, int y, int m, int d)
    {
        CellParsers.TryDate(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(y, m, d));
    }

    [Theory]
    [InlineData("31.02.1990")]
    [InlineData("весна 1990")]
    [InlineData("")]
    public void ImpossibleDatesAreNotGuessed(string text) => CellParsers.TryDate(text, out _).ShouldBeFalse();

    [Fact]
    public void DateCellsAndExcelSerialsAreDates()
    {
        CellParsers.TryDate(new DateTime(1982, 9, 3), out var fromCell).ShouldBeTrue();
        fromCell.ShouldBe(new DateOnly(1982, 9, 3));
        CellParsers.TryDate(37867.0, out var fromSerial).ShouldBeTrue();
        fromSerial.ShouldBe(new DateOnly(2003, 9, 3));
    }

    [Theory]
    [InlineData("ФИО", "FullName")]
    [InlineData("Дата рождения", "BirthDate")]
    [InlineData("Педагогический стаж, лет", "TeachingExperience")]
    [InlineData("e-mail", "Email")]
    [InlineData("№", "Ignore")]
    [InlineData("Ф.И.О.", "FullName")]
    [InlineData("Ф. И. О. полностью", "FullName")]
    [InlineData("ФИО полностью", "FullName")]
    [InlineData("Стаж", "TeachingExperience")]
    [InlineData("Пед. стаж", "TeachingExperience")]
    [InlineData("Общий стаж", "TotalExperience")]
    [InlineData("ФИО наставляемого", "FullName")]
    [InlineData("Д.р.", "BirthDate")]
    [InlineData("Дата рождения (дд.мм.гггг)", "BirthDate")]
    [InlineData("Категория", "MenteeCategory")]
    [InlineData("Категория наставляемого", "MenteeCategory")]
    [InlineData("Категория участника", "Role")]
    [InlineData("Номер телефона", "Phone")]
    [InlineData("Любимый цвет", null)]
    public void RussianHeadersAreRecognised(string header, string? key) => ImportFields.Recognize(header).ShouldBe(key);

    [Fact]
    public void CsvInWindows1251WithSemicolonsAndInUtf8WithCommasReadTheSame()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "ФИО;Предметы\r\n\"Ёлкина Анна\";\"Музыка; ИЗО\"\r\n";
        var cp1251 = SheetReader.Read("a.csv", Encoding.GetEncoding(1251).GetBytes(text));
        var utf8 = SheetReader.Read("b.csv", Encoding.UTF8.GetBytes(text.Replace(';', ',').Replace("Музыка, ИЗО", "Музыка; ИЗО")));
        cp1251.Headers.ShouldBe(["ФИО", "Предметы"]);
        utf8.Headers.ShouldBe(["ФИО", "Предметы"]);
        cp1251.Rows.Single().Cells.ShouldBe(["Ёлкина Анна", "Музыка; ИЗО"]);
        utf8.Rows.Single().Cells.ShouldBe(["Ёлкина Анна", "Музыка; ИЗО"]);
        cp1251.Rows.Single().RowNumber.ShouldBe(2);
    }

    [Fact]
    public void TheSchoolsXlsxAndCsvGiveTheSameFortyRows()
    {
        var xlsx = SheetReader.Read("t.xlsx", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "teachers-school.xlsx")));
        var csv = SheetReader.Read("t.csv", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "teachers-school-cp1251.csv")));
        xlsx.Rows.Count.ShouldBe(40);
        csv.Rows.Count.ShouldBe(40);
        xlsx.Headers.ShouldBe(csv.Headers);
        xlsx.Rows[0].Cells[2].ShouldBeOfType<DateTime>();
        CellParsers.TryDate(csv.Rows[0].Cells[2], out var d).ShouldBeTrue();
        DateOnly.FromDateTime((DateTime)xlsx.Rows[0].Cells[2]!).ShouldBe(d);
    }
}
