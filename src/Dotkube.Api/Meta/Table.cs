using System.Text.Json.Serialization;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Meta;

/// <summary>meta.k8s.io/v1 Table: what <c>kubectl get</c> prints, computed by the server.</summary>
[KubeType("meta.k8s.io", "v1")]
public sealed class Table : TypeMeta
{
    [JsonPropertyOrder(-1)]
    public ListMeta Metadata { get; set => field = value ?? new(); } = new();

    public List<TableColumnDefinition> ColumnDefinitions { get; set => field = value ?? []; } = [];

    public List<TableRow> Rows { get; set => field = value ?? []; } = [];
}
