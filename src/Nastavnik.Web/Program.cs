using Nastavnik.Web;
using Nastavnik.Web.Infrastructure.Cli;

// `dotnet run -- <verb>` runs a CLI verb (migrate, seed-demo, generate ...); no verb starts the web app.
if (args.Length > 0 && CliVerbs.IsVerb(args[0]))
    return await CliVerbs.RunAsync(args);

var app = AppBuilder.Build(args);
await app.RunAsync();
return 0;

public partial class Program;
