using Dotkube.Client.Rest;

namespace Dotkube.Client.Dynamic;

/// <summary>
/// One served resource as discovery reports it (client-go's GroupVersionResource plus the
/// APIResource fields callers need): enough to build its REST paths and to know its verbs,
/// for resources unknown at compile time (custom resources, kinds added later).
/// </summary>
public sealed record ApiResource(string Group, string Version, string Resource, string Kind, bool Namespaced, IReadOnlySet<string> Verbs)
{
    /// <summary>"v1" for the core group, "apps/v1" otherwise, as ownerReferences and objects write it.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>"pods", "deployments.apps": how upstream's messages name a group resource.</summary>
    public string GroupResource => Group.Length == 0 ? Resource : $"{Resource}.{Group}";

    public bool Supports(params string[] verbs) => verbs.All(Verbs.Contains);

    /// <summary>
    /// By value, verbs included: two discoveries of the same resource are equal, so callers that key
    /// on resources (the garbage collector's monitors) keep theirs across rediscoveries.
    /// </summary>
    public bool Equals(ApiResource? other) =>
        other is not null && Group == other.Group && Version == other.Version && Resource == other.Resource && Kind == other.Kind &&
        Namespaced == other.Namespaced && Verbs.SetEquals(other.Verbs);

    public override int GetHashCode() => HashCode.Combine(Group, Version, Resource, Kind, Namespaced);

    /// <summary>The collection; a namespaced resource without <paramref name="ns"/> spans all namespaces.</summary>
    public string CollectionPath(string? ns) => ResourcePaths.Collection(Group, Version, Resource, Namespaced, ns);

    public string ItemPath(string? ns, string name) => ResourcePaths.Item(Group, Version, Resource, Namespaced, GroupResource, ns, name);

    public override string ToString() => $"{ApiVersion}, Resource={Resource}";
}
