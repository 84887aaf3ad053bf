using Nastavnik.Matching.Scoring;
using Shouldly;

namespace Nastavnik.Matching.Tests;

public class ScoringTests
{
    private static readonly MatchingCatalog Catalog = new()
    {
        Deficits = ["формирующее оценивание", "работа с родителями", "ИКТ", "дисциплина на уроке"],
        Subjects = ["математика", "физика", "русский язык"],
        OrganizationTypes = new Dictionary<int, string> { [1] = "общеобразовательная организация" },
    };

    private static MenteeProfile Mentee(int key = 1) => new()
    {
        Key = key, PersonKey = 100 + key, Deficits = 0b0111, Subjects = 0b001, OrganizationId = 5, MunicipalityId = 2, OrganizationType = 1,
        ExperienceYears = 1, RankedMentors = [20, 10],
    };

    private static MentorProfile Mentor(int key = 10) => new()
    {
        Key = key, PersonKey = 200 + key, Competences = 0b0011, Subjects = 0b011, OrganizationId = 5, MunicipalityId = 2, OrganizationType = 1,
        ExperienceYears = 13, Capacity = 3, Load = 1, Kind = MentorKind.Teacher,
    };

    [Fact]
    public void Hand_computed_score_with_every_line_explained_in_russian()
    {
        var scorer = new PairScorer(new MatchingRules { Catalog = Catalog, FormMentorKind = MentorKind.Teacher, FormName = "«учитель – учитель»" });
        var lines = scorer.Explain(Mentee(), Mentor());
        // deficits 40·2/3 = 26, subject 15, type 5, same organization 10, experience 12 years → 10, load 5·2/3 = 3, rank 2 of 2 → 15·1/2 = 7, form 0
        lines.Select(l => l.Points).ShouldBe([26, 15, 5, 10, 10, 3, 7, 0]);
        lines.Sum(l => l.Points).ShouldBe(scorer.Score(Mentee(), Mentor()));
        lines[0].Text.ShouldBe("Закрыто 2 из 3 дефицитов: формирующее оценивание, работа с родителями");
        lines[1].Text.ShouldBe("Общий предмет: математика");
        lines[4].Text.ShouldBe("Стаж наставника больше на 12 лет");
        lines[6].Text.ShouldBe("Наставляемый поставил наставника на 2-е место из 2");
    }

    [Fact]
    public void Territory_does_not_count_for_network_formats()
    {
        var scorer = new PairScorer(new MatchingRules { TerritoryNotNeeded = true });
        var line = scorer.Explain(Mentee(), Mentor()).Single(l => l.Criterion == Criterion.Territory);
        line.Points.ShouldBe(0);
        line.Text.ShouldContain("территория не учитывается");
    }

    [Fact]
    public void Weights_change_the_score()
    {
        var heavy = new PairScorer(new MatchingRules { Weights = CriterionWeights.Default.With(Criterion.Subject, 100) });
        var light = new PairScorer(new MatchingRules());
        (heavy.Score(Mentee(), Mentor()) - light.Score(Mentee(), Mentor())).ShouldBe(85);
        CriterionWeights.Parse(CriterionWeights.Default.With(Criterion.Load, 7).ToString()).Load.ShouldBe(7);
        CriterionWeights.Default.With(Criterion.Deficits, 5000).Validate()!.ShouldContain("Компетенции наставника");
    }

    [Theory]
    [InlineData(false, true, true, false, Exclusion.MenteeNoConsent)]
    [InlineData(true, false, true, false, Exclusion.MentorNoConsent)]
    [InlineData(true, true, false, false, Exclusion.MentorNotPrepared)]
    [InlineData(true, true, true, true, Exclusion.SamePerson)]
    public void Hard_exclusions(bool menteeConsent, bool mentorConsent, bool prepared, bool samePerson, Exclusion expected)
    {
        var scorer = new PairScorer(new MatchingRules { RequirePreparation = true });
        var mentee = Mentee() with { HasConsent = menteeConsent };
        var mentor = Mentor() with { HasConsent = mentorConsent, IsPrepared = prepared, PersonKey = samePerson ? mentee.PersonKey : 999 };
        scorer.Excluded(mentee, mentor).ShouldBe(expected);
    }

    [Fact]
    public void Form_and_capacity_exclusions()
    {
        var scorer = new PairScorer(new MatchingRules { FormMentorKind = MentorKind.Student });
        scorer.Excluded(Mentee(), Mentor()).ShouldBe(Exclusion.FormMismatch);
        new PairScorer(new MatchingRules()).Excluded(Mentee(), Mentor() with { Load = 3 }).ShouldBe(Exclusion.CapacityFull);
        new PairScorer(new MatchingRules()).Excluded(Mentee() with { AlreadyPaired = true }, Mentor()).ShouldBe(Exclusion.AlreadyPaired);
        new PairScorer(new MatchingRules()).Excluded(Mentee(), Mentor()).ShouldBeNull();
    }

    [Fact]
    public void Explanations_add_up_and_the_batch_scorer_agrees_on_random_pairs()
    {
        var rnd = new Random(5);
        for (var round = 0; round < 50; round++)
        {
            var rules = new MatchingRules
            {
                Weights = new CriterionWeights { Deficits = rnd.Next(100), Subject = rnd.Next(100), OrganizationType = rnd.Next(100), Territory = rnd.Next(100), Experience = rnd.Next(100), Load = rnd.Next(100), Preference = rnd.Next(100), Form = rnd.Next(100) },
                FormMentorKind = round % 3 == 0 ? null : (MentorKind)rnd.Next(5),
                RequireFormMatch = false,
                TerritoryNotNeeded = round % 4 == 0,
            };
            var mentors = Enumerable.Range(0, 20).Select(j => new MentorProfile
            {
                Key = j, Competences = (ulong)rnd.NextInt64(), Subjects = (ulong)rnd.Next(16), OrganizationId = rnd.Next(4), MunicipalityId = rnd.Next(2),
                OrganizationType = rnd.Next(3), ExperienceYears = rnd.Next(30), Capacity = rnd.Next(1, 5), Load = rnd.Next(0, 3), Kind = (MentorKind)rnd.Next(5),
            }).ToList();
            var mentee = new MenteeProfile
            {
                Key = 1, Deficits = (ulong)rnd.NextInt64(), Subjects = (ulong)rnd.Next(16), OrganizationId = rnd.Next(4), MunicipalityId = rnd.Next(2),
                OrganizationType = rnd.Next(3), ExperienceYears = rnd.Next(10), RankedMentors = [rnd.Next(20), rnd.Next(20), rnd.Next(20)],
            };
            var scorer = new PairScorer(rules);
            var row = new int[mentors.Count];
            new BatchScorer(rules, mentors).ScoreRow(mentee, row);
            for (var j = 0; j < mentors.Count; j++)
            {
                scorer.Explain(mentee, mentors[j]).Sum(l => l.Points).ShouldBe(scorer.Score(mentee, mentors[j]));
                row[j].ShouldBe(scorer.Score(mentee, mentors[j]), $"round {round}, mentor {j}");
            }
        }
    }
}
