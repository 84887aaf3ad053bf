using Nastavnik.Domain.Registries;
using Shouldly;

namespace Nastavnik.Domain.Tests;

/// <summary>Category values in the documents' own words and as schools write them map to the registry's categories.</summary>
public class CategoryWordsTests
{
    [Theory]
    [InlineData("молодой специалист", MenteeCategory.YoungSpecialist, PriorityGroups.None)]
    [InlineData("Молодой педагог", MenteeCategory.YoungSpecialist, PriorityGroups.None)]
    [InlineData("молодой специалист (стаж 0–3 года)", MenteeCategory.YoungSpecialist, PriorityGroups.None)]
    [InlineData("педагог, осваивающий новые обязанности", MenteeCategory.NewDuties, PriorityGroups.None)]
    [InlineData("педагог, перешедший из другой организации", MenteeCategory.Transfer, PriorityGroups.None)]
    [InlineData("педагог с профессиональными затруднениями", MenteeCategory.Difficulties, PriorityGroups.None)]
    [InlineData("обучающийся", MenteeCategory.Pupil, PriorityGroups.None)]
    [InlineData("ученик", MenteeCategory.Pupil, PriorityGroups.None)]
    [InlineData("студент", MenteeCategory.Student, PriorityGroups.None)]
    [InlineData("ребёнок с ОВЗ", MenteeCategory.Pupil, PriorityGroups.Disabilities)]
    [InlineData("  Ребенок   с   ОВЗ. ", MenteeCategory.Pupil, PriorityGroups.Disabilities)]
    [InlineData("обучающийся с ОВЗ", MenteeCategory.Pupil, PriorityGroups.Disabilities)]
    [InlineData("обучающийся, находящийся в трудной жизненной ситуации", MenteeCategory.Pupil, PriorityGroups.DifficultSituation)]
    [InlineData("ТЖС", MenteeCategory.Pupil, PriorityGroups.DifficultSituation)]
    [InlineData("одарённый", MenteeCategory.Pupil, PriorityGroups.Gifted)]
    [InlineData("ОДАРЕННЫЙ РЕБЁНОК", MenteeCategory.Pupil, PriorityGroups.Gifted)]
    [InlineData("дети-сироты", MenteeCategory.Pupil, PriorityGroups.Orphans)]
    [InlineData("студент с ОВЗ", MenteeCategory.Student, PriorityGroups.Disabilities)]
    [InlineData("обучающиеся с ОВЗ; из малоимущих семей", MenteeCategory.Pupil, PriorityGroups.Disabilities | PriorityGroups.LowIncome)]
    public void ValuesAsSchoolsWriteThemMapToTheRegistrysCategories(string text, MenteeCategory category, PriorityGroups groups) =>
        CategoryWords.Parse(text).ShouldBe(new CategoryChoice(category, groups));

    [Theory]
    [InlineData("неуспевающий")]
    [InlineData("учитель")]
    [InlineData("группа риска")]
    [InlineData("")]
    [InlineData("   ")]
    public void AValueItDoesNotKnowIsNotGuessed(string text) => CategoryWords.Parse(text).ShouldBeNull();

    [Fact]
    public void EveryChoiceOfTheMappingStepRoundTripsThroughItsKeyAndTitle()
    {
        CategoryWords.Choices.Select(c => c.Key).ShouldBeUnique();
        foreach (var choice in CategoryWords.Choices)
        {
            CategoryChoice.FromKey(choice.Key).ShouldBe(choice);
            CategoryWords.Parse(choice.Title).ShouldBe(choice);
        }
        CategoryChoice.FromKey("YoungSpecialist+Gifted").ShouldBeNull("priority groups are for pupils and students only");
        CategoryChoice.FromKey("Nonsense").ShouldBeNull();
    }
}
