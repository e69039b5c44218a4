namespace Dotkube.Api.Meta;

/// <summary>Non-generic view of a <see cref="KubeList{T}"/> for code that handles every kind.</summary>
public interface IKubeList
{
    string? Kind { get; set; }

    string? ApiVersion { get; set; }

    ListMeta Metadata { get; set; }

    IReadOnlyList<KubeObject> ItemObjects { get; }
}
