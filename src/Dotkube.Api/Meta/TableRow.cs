using System.Text.Json;

namespace Dotkube.Api.Meta;

/// <summary>One row of a <see cref="Table"/>; cells are JSON values, object the row's object or its metadata.</summary>
public sealed class TableRow
{
    public List<JsonElement> Cells { get; set => field = value ?? []; } = [];

    public List<TableRowCondition>? Conditions { get; set; }

    public JsonElement? Object { get; set; }
}
