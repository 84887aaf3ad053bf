using Nastavnik.Bench;
using Nastavnik.Bench.Matching;
using Nastavnik.Bench.Monitoring;
using Nastavnik.Bench.Roadmaps;

// Benchmarks that compare a feature with its baseline in one run (see docs/benchmarks.md).
//   list-page <pg-connection> <login>           registry list page vs the same SQL run directly
//   import <pg-connection> <rows> fast|one-by-one  10 000-row XLSX import vs saving the rows one by one through EF
//   org-import <pg-connection> <rows> <runs>    the organization list import vs the registry import, per row
//   program-page <pg-connection> <pairs> <meetings per pair>   programs list and program page vs their SQL
//   matching-dense <profiles|uniform> <mentees> <mentors> <max capacity> <runs> <matrix file>   our exact solver (the file is for scipy)
//   matching-sparse <mentees> <top-k>            nationwide sparse exact solve, time and peak memory
//   matching-scoring <mentees> <mentors>         pairs scored per second vs a plain array scan
//   roadmap-import <fixtures dir> <activities>   each seed document's import; a synthetic roadmap's import vs reading its table
//   roadmap-rollup <pg> <seed file> <municipalities> <organizations each>   the regional roadmap page vs its SQL
//   monitoring-dashboard <pg> <login>           the region's monitoring dashboard vs the same aggregates as SQL
//   public-page <pg> <items of each kind>       an organization's public page (5 kinds × N items) vs its SQL
//   seed-program <pg> <pairs> <meetings per pair>   a program with its pairs and meetings (for bench/load.sh)
//   page-sql <pg> <login> <path> <out.sql>      the SQL a page runs, as a pgbench script (the baseline of bench/load.sh)
//   invitations <pg> <mentors> <runs>          bulk invitation of N mentors vs binary COPY of the same rows
//   outbox-sender <pg> <smtp_sink.py> <messages> <runs>   the outbox sender vs a bare MailKit loop, same SMTP server
//   faults <pg> <web dll> <content root> <log dir> <restart-postgres command>   SIGKILL mid-import/matching/report, PostgreSQL restart
//   two-instances <pg> <web dll> <content root> <log dir> <balancer url>        login, files and jobs across two instances
// The fault drivers start app processes: none may outlive the driver, however it ends.
try
{
    return await RunAsync(args);
}
finally
{
    Nastavnik.Bench.Faults.AppProcess.KillAll();
}

static async Task<int> RunAsync(string[] args) => args.FirstOrDefault() switch
{
    "list-page" => await ListPageBench.RunAsync(args[1], args[2]),
    "import" => await ImportBench.RunAsync(args[1], int.Parse(args[2]), args[3]),
    "org-import" => await Nastavnik.Bench.Territory.OrganizationImportBench.RunAsync(args[1], int.Parse(args[2]), int.Parse(args[3])),
    "program-page" => await ProgramPageBench.RunAsync(args[1], int.Parse(args[2]), int.Parse(args[3])),
    "matching-dense" => MatchingBench.Dense(args[1], int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4]), int.Parse(args[5]), args[6]),
    "matching-sparse" => MatchingBench.Sparse(int.Parse(args[1]), int.Parse(args[2])),
    "matching-scoring" => MatchingBench.Scoring(int.Parse(args[1]), int.Parse(args[2])),
    "roadmap-import" => RoadmapImportBench.Run(args[1], int.Parse(args[2])),
    "monitoring-dashboard" => await DashboardBench.RunAsync(args[1], args[2]),
    "public-page" => await Nastavnik.Bench.Publications.PublicPageBench.RunAsync(args[1], int.Parse(args[2])),
    "roadmap-rollup" => await RoadmapRollupBench.RunAsync(args[1], args[2], int.Parse(args[3]), int.Parse(args[4])),
    "seed-program" => await PageSqlScript.SeedProgramAsync(args[1], int.Parse(args[2]), int.Parse(args[3])),
    "page-sql" => await PageSqlScript.WriteAsync(args[1], args[2], args[3], args[4]),
    "invitations" => await Nastavnik.Bench.Email.InvitationBench.RunAsync(args[1], int.Parse(args[2]), int.Parse(args[3])),
    "outbox-sender" => await Nastavnik.Bench.Email.SenderBench.RunAsync(args[1], args[2], int.Parse(args[3]), int.Parse(args[4])),
    "faults" => await Nastavnik.Bench.Faults.FaultsBench.RunAsync(new(args[1], args[2], args[3], args[4]), args[5]),
    "two-instances" => await Nastavnik.Bench.Faults.TwoInstancesBench.RunAsync(new(args[1], args[2], args[3], args[4]), args[5]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Nastavnik.Bench <verb> <arguments> — the verbs are listed at the top of bench/Nastavnik.Bench/Program.cs");
    return 2;
}
