using System.Globalization;
using System.Reflection;

namespace MaGuide.Web.Data.Schema;

/// <summary>How a column's cells are typed: what the BLS importers write into it and the JSON download gives.</summary>
public enum ColumnType
{
    /// <summary>Words or a code.</summary>
    Text,

    /// <summary>A whole number (counts, years).</summary>
    Whole,

    /// <summary>A decimal number (dollars, percentages, ratios).</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Flag,
}

/// <summary>
/// One column of a content/data table: its CSV name, whether the file must have it, the entity property it fills
/// (null for a column the reader only checks), and the rule that reads and checks a cell (problems go to the row as
/// <c>file:line: message</c>). A BLS importer fills the column when <see cref="Bls"/> names the BLS field.
/// </summary>
public sealed class Column
{
    internal Column(string name, ColumnType type, PropertyInfo? property, Func<CsvRow, TableKeys, object?> read)
    {
        Name = name;
        Type = type;
        Property = property;
        Read = read;
    }

    /// <summary>The header name in the CSV, e.g. <c>annual_median</c>.</summary>
    public string Name { get; }

    public ColumnType Type { get; }

    /// <summary>True when a file without this header is refused.</summary>
    public bool InHeader { get; internal set; }

    /// <summary>The entity property the cell fills and the JSON download reads back.</summary>
    public PropertyInfo? Property { get; }

    /// <summary>The BLS OEWS field an import copies into this column (e.g. <c>H_MEDIAN</c>) and how it writes the number.</summary>
    internal (string Field, Func<decimal, string> Format)? Bls { get; set; }

    /// <summary>Reads and checks the cell; null for an empty or invalid cell.</summary>
    internal Func<CsvRow, TableKeys, object?> Read { get; }

    public bool IsNumber => Type is ColumnType.Whole or ColumnType.Number;

    /// <summary>Sets the property; an empty cell leaves a non-nullable number at its default.</summary>
    internal void Apply(object entity, object? value)
    {
        if (Property is null || (value is null && Property.PropertyType.IsValueType && Nullable.GetUnderlyingType(Property.PropertyType) is null))
        {
            return;
        }

        Property.SetValue(entity, value is null ? null : Convert(value, Property.PropertyType));
    }

    private static object Convert(object value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return value.GetType() == type ? value : System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// The keys of the tables read so far, by name (<c>sources</c>, <c>roles</c>, <c>areas</c>, <c>states</c>, …), so a
/// column can check that a cell refers to a row that exists.
/// </summary>
public sealed class TableKeys
{
    private readonly Dictionary<string, IReadOnlySet<string>> sets = new(StringComparer.Ordinal);

    /// <summary>The keys of <paramref name="name"/>; empty when that table has not been read (or could not be).</summary>
    public IReadOnlySet<string> this[string name] => sets.GetValueOrDefault(name) ?? new HashSet<string>();

    public void Add(string name, IEnumerable<string> keys) => sets[name] = keys.ToHashSet(StringComparer.Ordinal);
}
