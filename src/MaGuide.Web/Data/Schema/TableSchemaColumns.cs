using System.Linq.Expressions;

namespace MaGuide.Web.Data.Schema;

/// <summary>The usual kinds of column, so a table's schema reads as a list of its columns.</summary>
public sealed partial class TableSchema<T>
{
    /// <summary>Free text; may be empty.</summary>
    public TableSchema<T> Text(string name, Expression<Func<T, object?>> property) =>
        Add(name, property, ColumnType.Text, (row, _) => row.Text(name));

    /// <summary>Text that must not be empty.</summary>
    public TableSchema<T> Required(string name, Expression<Func<T, object?>> property) =>
        Add(name, property, ColumnType.Text, (row, _) => row.Required(name));

    /// <summary>Text that is null in the store when the cell is empty.</summary>
    public TableSchema<T> OrNull(string name, Expression<Func<T, object?>> property) =>
        Add(name, property, ColumnType.Text, (row, _) => Cells.NullIfEmpty(row.Text(name)));

    /// <summary>One of a closed list of words.</summary>
    public TableSchema<T> OneOf(string name, Expression<Func<T, object?>> property, IReadOnlyCollection<string> allowed) =>
        Add(name, property, ColumnType.Text, (row, _) => row.OneOf(name, allowed));

    /// <summary>A key of another table (<paramref name="table"/> as named by its <c>Provides</c>); <paramref name="what"/> words it in the message.</summary>
    public TableSchema<T> Ref(string name, Expression<Func<T, object?>> property, string table, string what) =>
        Add(name, property, ColumnType.Text, (row, keys) => row.Reference(name, keys[table], what));

    /// <summary>A key of another table, or empty (null in the store).</summary>
    public TableSchema<T> OptionalRef(string name, Expression<Func<T, object?>> property, string table, string what) =>
        Add(name, property, ColumnType.Text, (row, keys) => Cells.NullIfEmpty(row.Reference(name, keys[table], what, required: false)));

    /// <summary>A decimal number within bounds, or empty.</summary>
    public TableSchema<T> Number(string name, Expression<Func<T, object?>> property, decimal min = 0, decimal max = decimal.MaxValue) =>
        Add(name, property, ColumnType.Number, (row, _) => row.Number(name, min, max));

    /// <summary>A whole number within bounds, or empty.</summary>
    public TableSchema<T> Whole(string name, Expression<Func<T, object?>> property, int min = 0, int max = int.MaxValue) =>
        Add(name, property, ColumnType.Whole, (row, _) => row.WholeNumber(name, min, max));

    /// <summary>An hourly wage in dollars (1 to 500, so an annual figure in the wrong column is caught).</summary>
    public TableSchema<T> Hourly(string name, Expression<Func<T, object?>> property) =>
        Add(name, property, ColumnType.Number, (row, _) => Cells.Hourly(row, name));

    /// <summary>An annual wage in dollars (1,000 to 1,000,000).</summary>
    public TableSchema<T> Annual(string name, Expression<Func<T, object?>> property) =>
        Add(name, property, ColumnType.Number, (row, _) => Cells.Annual(row, name));

    /// <summary>The <c>source_id</c> column every sourced table has: a known source id.</summary>
    public TableSchema<T> Source(Expression<Func<T, object?>> property) => Ref("source_id", property, "sources", "source");
}
