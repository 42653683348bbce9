using System.Linq.Expressions;
using System.Reflection;
using MaGuide.Web.ContentFiles;

namespace MaGuide.Web.Data.Schema;

/// <summary>
/// One table of content/data described once: its file, download slug, columns (with their rules and entity
/// properties), key, and the computed columns the JSON download adds. The reader (<see cref="TableSchema{T}.Read"/>),
/// the open-data download and the BLS importers all work from it. See <see cref="Tables"/> for every table.
/// </summary>
public abstract class TableSchema(string fileName, string description)
{
    private readonly List<Column> columns = [];

    /// <summary>The file in content/data, e.g. <c>role_facts.csv</c>.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The download name: <c>role_facts.csv</c> → <c>role-facts</c> (/data/role-facts.csv and .json).</summary>
    public string Slug => Path.GetFileNameWithoutExtension(FileName).Replace('_', '-');

    /// <summary>One plain sentence for the open-data page.</summary>
    public string Description { get; } = description;

    /// <summary>The file's columns, in file order.</summary>
    public IReadOnlyList<Column> Columns => columns;

    /// <summary>The columns that say what a row is about (one row per key, or one preferred row per key).</summary>
    public IReadOnlyList<string> KeyColumns { get; protected set; } = [];

    /// <summary>The computed columns the JSON download adds after the file's own (trust tier, confidence, preferred).</summary>
    public abstract IReadOnlyList<string> ComputedColumns { get; }

    public Column this[string name] => columns.First(c => c.Name == name);

    protected void AddColumn(Column column) => columns.Add(column);

    /// <summary>Opens the table's CSV, requiring the columns marked <see cref="Column.InHeader"/>; null (with a problem) when it cannot be read.</summary>
    public CsvTable? Open(ContentPaths paths, IReadOnlyDictionary<string, byte[]> files, List<ContentProblem> problems)
    {
        var path = Path.Combine(paths.Data, FileName);
        return CsvTable.Read(files.GetValueOrDefault(FileName), paths.Display(path), [.. columns.Where(c => c.InHeader).Select(c => c.Name)], problems);
    }

    /// <summary>The store's rows for the JSON download: each file column, then the computed ones.</summary>
    public abstract Task<IReadOnlyList<object?[]>> DownloadRowsAsync(MaGuideDb db, CancellationToken ct);
}

/// <summary>A table whose rows become <typeparamref name="T"/> entities. Built with the fluent methods in <see cref="Tables"/>.</summary>
public sealed partial class TableSchema<T>(string fileName, string description) : TableSchema(fileName, description)
    where T : class
{
    private readonly List<(PropertyInfo Property, Func<T, object?> Value)> derived = [];
    private readonly List<Action<CsvRow, T, TableKeys>> checks = [];
    private readonly List<(string Name, PropertyInfo Property)> computed = [];
    private Func<T, string>? key;
    private Func<T, string>? preferredBecause;
    private (string Name, Func<T, string> Key)? provides;
    private Func<IEnumerable<T>, IEnumerable<T>> download = rows => rows;
    private Func<string, int, string>? duplicateMessage;
    private Action<CsvTable, IReadOnlyList<(CsvRow Row, T Entity)>, TableKeys>? afterAll;
    private bool dropInvalidRows;

    public override IReadOnlyList<string> ComputedColumns => [.. computed.Select(c => c.Name)];

    /// <summary>
    /// Reads every row of <paramref name="table"/> into entities, checking each column's rule, the row checks and the
    /// key; problems are added at the row's line. <paramref name="preferences"/> collects editors' preferred_because lines.
    /// </summary>
    public List<T> Read(CsvTable? table, TableKeys keys, List<string> preferences)
    {
        var rows = new List<T>();
        if (table is null)
        {
            return rows;
        }

        var unique = key is not null && preferredBecause is null ? new UniqueKeys(table, duplicateMessage) : null;
        var read = new List<(CsvRow Row, T Entity)>();
        var preferred = preferredBecause is not null ? new OverrideKeys(table, preferences) : null;
        foreach (var row in table.Rows)
        {
            var entity = Activator.CreateInstance<T>();
            foreach (var column in Columns)
            {
                column.Apply(entity, column.Read(row, keys));
            }

            foreach (var (property, value) in derived)
            {
                property.SetValue(entity, value(entity));
            }

            foreach (var check in checks)
            {
                check(row, entity, keys);
            }

            unique?.Check(row, key!(entity));
            preferred?.Add(row, key!(entity), preferredBecause!(entity));
            if (!dropInvalidRows || row.ProblemCount == 0)
            {
                read.Add((row, entity));
                rows.Add(entity);
            }
        }

        afterAll?.Invoke(table, read, keys);

        if (provides is { } p)
        {
            keys.Add(p.Name, rows.Select(p.Key));
        }

        return rows;
    }

    public override async Task<IReadOnlyList<object?[]>> DownloadRowsAsync(MaGuideDb db, CancellationToken ct)
    {
        var properties = Columns.Select(c => c.Property).Concat(computed.Select(c => c.Property)).ToList();
        return [.. download(await db.Set<T>().ToListAsync(ct)).Select(row => properties.Select(p => p?.GetValue(row)).ToArray())];
    }

    /// <summary>Adds a column read by <paramref name="read"/> into <paramref name="property"/> (null: checked only).</summary>
    public TableSchema<T> Add(string name, Expression<Func<T, object?>>? property, ColumnType type, Func<CsvRow, TableKeys, object?> read)
    {
        AddColumn(new Column(name, type, property is null ? null : PropertyOf(property), read));
        return this;
    }

    /// <summary>Marks columns a file must have; a file without one is refused at line 1.</summary>
    public TableSchema<T> Must(params string[] names)
    {
        foreach (var name in names)
        {
            this[name].InHeader = true;
        }

        return this;
    }

    /// <summary>The previous column's cells come from a BLS OEWS field, written with <paramref name="format"/>.</summary>
    public TableSchema<T> Bls(string field, Func<decimal, string> format)
    {
        Columns[^1].Bls = (field, format);
        return this;
    }

    /// <summary>A property worked out from the row's other properties (e.g. the year of a period), not a column.</summary>
    public TableSchema<T> Derive(Expression<Func<T, object?>> property, Func<T, object?> value)
    {
        derived.Add((PropertyOf(property), value));
        return this;
    }

    /// <summary>A rule over the whole row (e.g. percentiles rising, target year after base year).</summary>
    public TableSchema<T> Check(Action<CsvRow, T, TableKeys> check)
    {
        checks.Add(check);
        return this;
    }

    /// <summary>One row per key: a second row with the same key is a problem naming the first one's line.</summary>
    public TableSchema<T> Unique(string[] columns, Func<T, string> rowKey)
    {
        KeyColumns = columns;
        key = rowKey;
        return this;
    }

    /// <summary>Words a duplicate key differently from the usual "already listed on line N".</summary>
    public TableSchema<T> Duplicate(Func<string, int, string> message)
    {
        duplicateMessage = message;
        return this;
    }

    /// <summary>Leaves out a row with any problem (a table other rows refer to, such as sources).</summary>
    public TableSchema<T> DropInvalidRows()
    {
        dropInvalidRows = true;
        return this;
    }

    /// <summary>A rule over the table as a whole, run after every row is read (e.g. every state has a row).</summary>
    public TableSchema<T> AfterAll(Action<CsvTable, IReadOnlyList<(CsvRow Row, T Entity)>, TableKeys> check)
    {
        afterAll = check;
        return this;
    }

    /// <summary>Several rows per key may disagree; one is preferred (computed by trust, or an editor's written reason).</summary>
    public TableSchema<T> Preferred(string[] columns, Func<T, string> rowKey, Func<T, string> reason)
    {
        KeyColumns = columns;
        key = rowKey;
        preferredBecause = reason;
        return this;
    }

    /// <summary>Makes this table's keys known to the tables read after it, as <paramref name="name"/>.</summary>
    public TableSchema<T> Provides(string name, Func<T, string> rowKey)
    {
        provides = (name, rowKey);
        return this;
    }

    /// <summary>A column the JSON download adds after the file's own; never written to the CSV.</summary>
    public TableSchema<T> Computed(string name, Expression<Func<T, object?>> property)
    {
        computed.Add((name, PropertyOf(property)));
        return this;
    }

    /// <summary>Which store rows the JSON download lists, in what order.</summary>
    public TableSchema<T> Download(Func<IEnumerable<T>, IEnumerable<T>> rows)
    {
        download = rows;
        return this;
    }

    private static PropertyInfo PropertyOf(Expression<Func<T, object?>> expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body is MemberExpression { Member: PropertyInfo property }
            ? property
            : throw new ArgumentException($"{expression} does not name a property", nameof(expression));
    }
}
