namespace Nastavnik.Web.Features.Import;

/// <summary>One row's cells by field key, and the errors found in it (named by the file's own header).</summary>
internal sealed class RowContext(SheetRow row, IReadOnlyList<string> headers, IReadOnlyDictionary<int, string> mapping, List<ImportError> errors)
{
    private int _errors;
    public bool HasErrors => _errors > 0;
    public int RowNumber => row.RowNumber;

    public bool Mapped(string key) => mapping.Values.Contains(key);

    public bool Has(string key, out object? value)
    {
        foreach (var (column, field) in mapping)
        {
            if (field != key) continue;
            value = column < row.Cells.Count ? row.Cells[column] : null;
            return true;
        }
        value = null;
        return false;
    }

    public object? Get(string key) => Has(key, out var v) ? v : null;

    public int? Int(string key, int min, int max, string title)
    {
        var cell = Get(key);
        if (CellParsers.Text(cell) is null) return null;
        if (CellParsers.TryInt(cell, out var v) && v >= min && v <= max) return v;
        Error(key, $"{title}: «{CellParsers.Text(cell)}» — ожидается целое число от {min} до {max}.");
        return null;
    }

    public void Error(string? key, string message)
    {
        _errors++;
        var column = key is null ? "—" : mapping.Where(m => m.Value == key).Select(m => headers.ElementAtOrDefault(m.Key)).FirstOrDefault()
            ?? ImportFields.Find(key)?.Title ?? key;
        errors.Add(new ImportError(row.RowNumber, column, message));
    }
}
