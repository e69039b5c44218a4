using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>A pod's identity as the kubelet names it in labels, paths, keys and messages.</summary>
internal static class PodNames
{
    public static string Name(this Pod pod) => pod.Metadata.Name ?? "";

    public static string Namespace(this Pod pod) => pod.Metadata.Namespace ?? "";

    public static string Uid(this Pod pod) => pod.Metadata.Uid ?? "";

    /// <summary>upstream's format.Pod: name_namespace(uid), used in back-off messages and logs.</summary>
    public static string FullName(this Pod pod) => $"{pod.Name()}_{pod.Namespace()}({pod.Uid()})";

    /// <summary>The pod's log directory under <paramref name="root"/>: &lt;ns&gt;_&lt;name&gt;_&lt;uid&gt;, as upstream.</summary>
    public static string LogDirectory(string root, string ns, string name, string uid) => Path.Combine(root, $"{ns}_{name}_{uid}");

    /// <summary>The back-off key of a container of a pod (upstream: name, namespace, uid, container, hash).</summary>
    public static string BackoffKey(this Pod pod, Container container) => $"{pod.Uid()}/{container.Name}/{ContainerHash.Of(container)}";

    /// <summary>The grace period a deletion gives: the deletion's own, else the spec's, else the default.</summary>
    public static long GracePeriodSeconds(this Pod pod, long fallback) =>
        pod.Metadata.DeletionGracePeriodSeconds ?? pod.Spec.TerminationGracePeriodSeconds ?? fallback;
}
