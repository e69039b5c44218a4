using System.Text.Json.Serialization;

namespace Dotkube.Api.Meta;

/// <summary>
/// A list of objects of one kind (PodList, DeploymentList, ...). The wire kind is the item
/// kind plus "List"; <see cref="Items"/> is never null, so it is always written as <c>[]</c>.
/// </summary>
public sealed class KubeList<T> : TypeMeta, IKubeList
    where T : KubeObject
{
    [JsonPropertyOrder(-1)]
    public ListMeta Metadata { get; set => field = value ?? new(); } = new();

    public List<T> Items { get; set => field = value ?? []; } = [];

    [JsonIgnore]
    public IReadOnlyList<KubeObject> ItemObjects => Items;
}
