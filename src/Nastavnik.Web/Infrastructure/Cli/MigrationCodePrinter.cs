using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Nastavnik.Web.Data;

namespace Nastavnik.Web.Infrastructure.Cli;

/// <summary>
/// Prints MigrationBuilder code for the whole current model. The EF design-time package cannot be
/// installed here (docs/decisions/0002), so this developer verb drafts a migration, which is then
/// edited by hand and checked by the MigrationsMatchModel tests. Column types are left to each
/// provider, so one migration serves PostgreSQL and SQLite.
/// </summary>
public static class MigrationCodePrinter
{
    public static string Print(AppDbContext db)
    {
        var differ = db.GetService<IMigrationsModelDiffer>();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var sb = new StringBuilder();
        foreach (var op in differ.GetDifferences(null, model))
        {
            switch (op)
            {
                case AlterDatabaseOperation alter:
                    sb.Append("migrationBuilder.AlterDatabase()");
                    foreach (var a in alter.GetAnnotations()) sb.Append($"\n    .Annotation({Lit(a.Name)}, {Lit(a.Value)})");
                    sb.AppendLine(";\n");
                    break;
                case CreateTableOperation t:
                    PrintTable(sb, t);
                    break;
                case CreateIndexOperation i:
                    sb.Append($"migrationBuilder.CreateIndex(name: {Lit(i.Name)}, table: {Lit(i.Table)}, columns: new[] {{ {string.Join(", ", i.Columns.Select(Lit))} }}");
                    if (i.IsUnique) sb.Append(", unique: true");
                    if (i.Filter is not null) sb.Append($", filter: {Lit(i.Filter)}");
                    sb.Append(')');
                    foreach (var a in i.GetAnnotations()) sb.Append($"\n    .Annotation({Lit(a.Name)}, {Lit(a.Value)})");
                    sb.AppendLine(";\n");
                    break;
                default:
                    sb.AppendLine($"// TODO unsupported operation {op.GetType().Name}");
                    break;
            }
        }
        return sb.ToString();
    }

    private static void PrintTable(StringBuilder sb, CreateTableOperation t)
    {
        sb.AppendLine($"migrationBuilder.CreateTable(name: {Lit(t.Name)}, columns: table => new");
        sb.AppendLine("{");
        foreach (var c in t.Columns)
        {
            var args = new List<string> { $"nullable: {(c.IsNullable ? "true" : "false")}" };
            if (c.MaxLength is { } len) args.Add($"maxLength: {len}");
            sb.Append($"    {c.Name} = table.Column<{TypeName(c.ClrType)}>({string.Join(", ", args)})");
            foreach (var a in c.GetAnnotations())
            {
                sb.Append($".Annotation({Lit(a.Name)}, {Lit(a.Value)})");
                if (a.Name == "Npgsql:ValueGenerationStrategy") sb.Append(".Annotation(\"Sqlite:Autoincrement\", true)");
            }
            sb.AppendLine(",");
        }
        sb.AppendLine("},");
        sb.AppendLine("constraints: table =>");
        sb.AppendLine("{");
        if (t.PrimaryKey is { } pk)
            sb.AppendLine($"    table.PrimaryKey({Lit(pk.Name)}, x => {Cols(pk.Columns)});");
        foreach (var fk in t.ForeignKeys)
            sb.AppendLine($"    table.ForeignKey(name: {Lit(fk.Name)}, column: x => {Cols(fk.Columns)}, principalTable: {Lit(fk.PrincipalTable)}, principalColumn: {Lit(fk.PrincipalColumns![0])}, onDelete: ReferentialAction.{fk.OnDelete});");
        sb.AppendLine("});\n");
    }

    private static string Cols(string[] columns) =>
        columns.Length == 1 ? $"x.{columns[0]}" : $"new {{ {string.Join(", ", columns.Select(c => "x." + c))} }}";

    private static string TypeName(Type t)
    {
        var underlying = Nullable.GetUnderlyingType(t);
        if (underlying is not null) return TypeName(underlying) + "?";
        return t == typeof(string) ? "string" : t == typeof(int) ? "int" : t == typeof(long) ? "long"
            : t == typeof(bool) ? "bool" : t == typeof(byte[]) ? "byte[]" : t.Name;
    }

    private static string Lit(object? v) => v switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        bool b => b ? "true" : "false",
        string[] arr => "new[] { " + string.Join(", ", arr.Select(Lit)) + " }",
        Enum e => $"{e.GetType().FullName}.{e}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "null",
    };
}
