using System.Text;
using System.Text.Json;
using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Tests.Printing;

/// <summary>
/// Renders a Table the way kubectl's table printer does: upper-case headers, cells padded by a
/// tabwriter with padding 3 and minimum width 6, the last column unpadded, a string cut at its
/// first line break with "...". Trailing spaces are trimmed so golden files survive editors.
/// </summary>
internal static class TableText
{
    private const int Padding = 3;
    private const int MinWidth = 6;

    public static string Render(Table table, bool wide)
    {
        var shown = table.ColumnDefinitions
            .Select((column, index) => (column, index))
            .Where(c => wide || c.column.Priority == 0)
            .ToList();
        var lines = new List<string[]> { shown.Select(c => c.column.Name.ToUpperInvariant()).ToArray() };
        lines.AddRange(table.Rows.Select(row => shown.Select(c => Cell(row.Cells[c.index])).ToArray()));

        var widths = Enumerable.Range(0, shown.Count)
            .Select(i => Math.Max(MinWidth, lines.Max(line => line[i].Length) + Padding))
            .ToArray();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var rendered = new StringBuilder();
            for (var i = 0; i < line.Length; i++)
            {
                rendered.Append(i == line.Length - 1 ? line[i] : line[i].PadRight(widths[i]));
            }

            text.Append(rendered.ToString().TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>What kubectl prints for a decoded cell: strings cut at a line break, other values via %v.</summary>
    public static string Cell(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => Cut(cell.GetString()!),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "<nil>",
        _ => cell.GetRawText(),
    };

    private static string Cut(string text)
    {
        var breakAt = text.AsSpan().IndexOfAny('\f', '\n', '\r');
        return breakAt < 0 ? text : text[..breakAt] + "...";
    }
}
