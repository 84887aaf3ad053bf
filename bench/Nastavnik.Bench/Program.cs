using Nastavnik.Bench;

// Benchmarks that compare a feature with its baseline in one run (see docs/benchmarks.md).
//   list-page <pg-connection> <login>           registry list page vs the same SQL run directly
//   import <pg-connection> <rows> fast|one-by-one  10 000-row XLSX import vs saving the rows one by one through EF
//   program-page <pg-connection> <pairs> <meetings per pair>   programs list and program page vs their SQL
return args.FirstOrDefault() switch
{
    "list-page" => await ListPageBench.RunAsync(args[1], args[2]),
    "import" => await ImportBench.RunAsync(args[1], int.Parse(args[2]), args[3]),
    "program-page" => await ProgramPageBench.RunAsync(args[1], int.Parse(args[2]), int.Parse(args[3])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: list-page <pg> <login> | import <pg> <rows> fast|one-by-one");
    return 2;
}
