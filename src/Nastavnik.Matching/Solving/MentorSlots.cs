namespace Nastavnik.Matching.Solving;

/// <summary>
/// Who sits with which mentor: every mentor owns a block of seats (his capacity) in one flat array,
/// so that the solvers can walk a full mentor's mentees without allocating.
/// </summary>
internal sealed class MentorSlots
{
    private readonly int[] _start;
    private readonly int[] _members;
    private readonly int[] _seatOfMentee;

    public MentorSlots(int[] capacities, int mentees)
    {
        Capacity = capacities;
        Load = new int[capacities.Length];
        _start = new int[capacities.Length + 1];
        for (var j = 0; j < capacities.Length; j++)
        {
            if (capacities[j] < 0) throw new ArgumentException($"Отрицательная вместимость у наставника {j}.", nameof(capacities));
            _start[j + 1] = checked(_start[j] + capacities[j]);
        }
        _members = new int[_start[^1]];
        _seatOfMentee = new int[mentees];
        MentorOf = new int[mentees];
        Array.Fill(MentorOf, -1);
    }

    public int[] Capacity { get; }
    public int[] Load { get; }
    public int[] MentorOf { get; }

    public bool HasRoom(int mentor) => Load[mentor] < Capacity[mentor];

    public ReadOnlySpan<int> MenteesOf(int mentor) => _members.AsSpan(_start[mentor], Load[mentor]);

    /// <summary>Opens the next free seat of a mentor with room and returns it (empty until <see cref="Put"/>).</summary>
    public int OpenSeat(int mentor) => _start[mentor] + Load[mentor]++;

    public void Put(int mentee, int mentor, int seat)
    {
        _members[seat] = mentee;
        _seatOfMentee[mentee] = seat;
        MentorOf[mentee] = mentor;
    }

    public void Seat(int mentee, int mentor) => Put(mentee, mentor, OpenSeat(mentor));

    /// <summary>
    /// Applies an augmenting path found by a shortest-path search. The path ends either in a new seat of a
    /// mentor with room, or in a mentee who gives his seat up (he stays unmatched for good). Walking back,
    /// every mentee on the path takes the seat freed by the next one, up to the root mentee of the search.
    /// </summary>
    public void Augment(int root, int endMentor, int leavingMentee, Func<int, int> predecessorOfMentor)
    {
        int seat, mentor;
        if (endMentor >= 0)
        {
            mentor = endMentor;
            seat = OpenSeat(endMentor);
        }
        else
        {
            if (leavingMentee == root) return;
            mentor = MentorOf[leavingMentee];
            seat = _seatOfMentee[leavingMentee];
            MentorOf[leavingMentee] = -1;
        }
        while (true)
        {
            var newcomer = predecessorOfMentor(mentor);
            var oldMentor = MentorOf[newcomer];
            var oldSeat = _seatOfMentee[newcomer];
            Put(newcomer, mentor, seat);
            if (newcomer == root) return;
            mentor = oldMentor;
            seat = oldSeat;
        }
    }
}
