using Nastavnik.Domain.Registries;
using Shouldly;

namespace Nastavnik.Domain.Tests;

/// <summary>The header of a school's list is found below its title rows; when it is not clear, the user is asked.</summary>
public class HeaderRowTests
{
    private static HeaderCandidate R(int known, int filled) => new(known, filled);

    [Fact]
    public void TheHeaderBelowTitleRowsIsFoundAndSure() =>
        HeaderRow.Find([R(0, 1), R(0, 1), R(1, 1), R(9, 11), R(0, 11), R(0, 11)]).ShouldBe(new HeaderGuess(3, true));

    [Fact]
    public void AHeaderOnTheFirstRowIsFound() =>
        HeaderRow.Find([R(5, 5), R(0, 5), R(1, 5)]).ShouldBe(new HeaderGuess(0, true));

    [Fact]
    public void TwoRowsNamingAsManyFieldsLeaveItToTheUserTakingTheFirst() =>
        HeaderRow.Find([R(0, 1), R(3, 4), R(3, 4), R(0, 4)]).ShouldBe(new HeaderGuess(1, false));

    [Fact]
    public void ARowOfMostlyUnknownHeadersIsTakenButNotSure() =>
        HeaderRow.Find([R(0, 1), R(2, 8), R(0, 8)]).ShouldBe(new HeaderGuess(1, false));

    [Fact]
    public void NoRowNamingTwoFieldsTakesTheFirstRowAndAsks() =>
        HeaderRow.Find([R(1, 3), R(0, 3), R(1, 3)]).ShouldBe(new HeaderGuess(0, false));

    [Fact]
    public void RowsBeyondTheWindowAreNotHeaders()
    {
        var rows = Enumerable.Repeat(R(0, 1), HeaderRow.Window).Append(R(6, 6)).ToList();
        HeaderRow.Find(rows).ShouldBe(new HeaderGuess(0, false));
    }
}
