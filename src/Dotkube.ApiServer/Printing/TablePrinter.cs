using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// One upstream print handler: its column definitions and the function filling a row. Rows
/// always carry every column, wide ones included, as upstream's server prints with Wide set
/// and leaves kubectl to hide priority &gt; 0 columns.
/// </summary>
internal sealed class TablePrinter
{
    private readonly Action<KubeObject, Row> _print;

    private TablePrinter(IReadOnlyList<TableColumnDefinition> columns, Action<KubeObject, Row> print)
    {
        Columns = columns;
        _print = print;
    }

    public IReadOnlyList<TableColumnDefinition> Columns { get; }

    /// <summary>A printer for one kind; objects of other kinds are a programming error.</summary>
    public static TablePrinter For<T>(IReadOnlyList<TableColumnDefinition> columns, Action<T, Row> print)
        where T : KubeObject =>
        new(columns, (obj, row) => print(
            obj as T ?? throw new ArgumentException($"printer for {typeof(T).Name} got {obj.GetType().Name}", nameof(obj)),
            row));

    /// <summary>A printer for a resource served in several versions (autoscaling/v1 and v2 HPAs).</summary>
    public static TablePrinter ForAny(IReadOnlyList<TableColumnDefinition> columns, Action<KubeObject, Row> print) =>
        new(columns, print);

    public TableRow Print(KubeObject obj, DateTimeOffset now)
    {
        var row = new Row(now);
        _print(obj, row);
        if (row.Count != Columns.Count)
        {
            throw new InvalidOperationException(
                $"{obj.GetType().Name} printer wrote {row.Count} cells for {Columns.Count} columns");
        }

        return row.Build();
    }
}
