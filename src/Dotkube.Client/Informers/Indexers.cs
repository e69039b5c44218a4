using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Client.Informers;

/// <summary>
/// The indexes every <see cref="Indexer{T}"/> keeps: by namespace (client-go's NamespaceIndex),
/// by owner UID (what garbage collection and controllers adopting their children look up), and by
/// node name for Pods (what the kubelet and node controllers look up).
/// </summary>
public static class Indexers
{
    /// <summary>metadata.namespace; cluster-scoped objects are not indexed. Same name as client-go's cache.NamespaceIndex.</summary>
    public const string Namespace = "namespace";

    /// <summary>Every metadata.ownerReferences[].uid.</summary>
    public const string OwnerUid = "ownerUid";

    /// <summary>spec.nodeName of a Pod; unscheduled Pods and other kinds are not indexed.</summary>
    public const string NodeName = "nodeName";

    public static IEnumerable<string> ByNamespace(KubeObject obj) =>
        string.IsNullOrEmpty(obj.Metadata.Namespace) ? [] : [obj.Metadata.Namespace];

    public static IEnumerable<string> ByOwnerUid(KubeObject obj) =>
        obj.Metadata.OwnerReferences is { } owners ? owners.Select(o => o.Uid).Where(uid => uid.Length > 0) : [];

    public static IEnumerable<string> ByNodeName(KubeObject obj) =>
        obj is Pod { Spec.NodeName: { Length: > 0 } node } ? [node] : [];
}
