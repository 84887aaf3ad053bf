using Nastavnik.Matching.Scoring;

namespace Nastavnik.Bench.Matching;

/// <summary>
/// Random but realistic mentees and mentors: deficits from a 40-item catalogue, 12 subjects, 5 organization
/// types, organizations grouped in municipalities (blocks), experience, capacities 1..maxCapacity.
/// </summary>
internal static class SyntheticCohort
{
    public static (List<MenteeProfile> Mentees, List<MentorProfile> Mentors) Create(int mentees, int mentors, int maxCapacity, int municipalities, int seed)
    {
        var rnd = new Random(seed);
        var mentorList = new List<MentorProfile>(mentors);
        for (var j = 0; j < mentors; j++)
        {
            var mun = j % municipalities; // interleaved on purpose: callers' ids need not cluster by territory
            mentorList.Add(new MentorProfile
            {
                Key = j + 1,
                Competences = Bits(rnd, 40, rnd.Next(3, 11)),
                Subjects = Bits(rnd, 12, rnd.Next(1, 3)),
                MunicipalityId = mun,
                OrganizationId = mun * 10 + rnd.Next(10),
                OrganizationType = rnd.Next(5),
                ExperienceYears = rnd.Next(5, 35),
                Capacity = rnd.Next(1, maxCapacity + 1),
                Load = 0,
                Kind = MentorKind.Teacher,
            });
        }
        var menteeList = new List<MenteeProfile>(mentees);
        for (var i = 0; i < mentees; i++)
        {
            var mun = i % municipalities;
            menteeList.Add(new MenteeProfile
            {
                Key = i + 1,
                Deficits = Bits(rnd, 40, rnd.Next(1, 5)),
                Subjects = Bits(rnd, 12, 1),
                MunicipalityId = mun,
                OrganizationId = mun * 10 + rnd.Next(10),
                OrganizationType = rnd.Next(5),
                ExperienceYears = rnd.Next(0, 4),
            });
        }
        return (menteeList, mentorList);
    }

    private static ulong Bits(Random rnd, int range, int count)
    {
        ulong bits = 0;
        for (var k = 0; k < count; k++) bits |= 1UL << rnd.Next(range);
        return bits;
    }
}
