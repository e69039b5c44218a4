using System.Globalization;
using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// The labels and annotations upstream's kuberuntime puts on sandboxes and containers. They are
/// the kubelet's only memory across restarts: an agent that starts again finds its pods, their
/// containers and restart counts in the runtime by these names, so they must match upstream's.
/// </summary>
public static class RuntimeLabels
{
    public const string PodName = "io.kubernetes.pod.name";
    public const string PodNamespace = "io.kubernetes.pod.namespace";
    public const string PodUid = "io.kubernetes.pod.uid";
    public const string ContainerName = "io.kubernetes.container.name";

    public const string ContainerHash = "io.kubernetes.container.hash";
    public const string RestartCount = "io.kubernetes.container.restartCount";
    public const string TerminationMessagePath = "io.kubernetes.container.terminationMessagePath";
    public const string TerminationMessagePolicy = "io.kubernetes.container.terminationMessagePolicy";
    public const string PodDeletionGracePeriod = "io.kubernetes.pod.deletionGracePeriod";
    public const string PodTerminationGracePeriod = "io.kubernetes.pod.terminationGracePeriod";

    /// <summary>The sandbox's labels: the pod's own plus its name, namespace and uid.</summary>
    public static Dictionary<string, string> ForSandbox(Pod pod)
    {
        var labels = new Dictionary<string, string>(pod.Metadata.Labels ?? []);
        AddPodIdentity(labels, pod);
        return labels;
    }

    /// <summary>A container's labels: only the pod's identity and the container's name, as upstream.</summary>
    public static Dictionary<string, string> ForContainer(Pod pod, Container container)
    {
        var labels = new Dictionary<string, string> { [ContainerName] = container.Name };
        AddPodIdentity(labels, pod);
        return labels;
    }

    /// <summary>A container's annotations: its spec hash, restart count, termination message settings and grace period.</summary>
    public static Dictionary<string, string> ContainerAnnotations(Pod pod, Container container, int restartCount)
    {
        var annotations = new Dictionary<string, string>
        {
            [ContainerHash] = Pods.ContainerHash.Of(container),
            [RestartCount] = restartCount.ToString(CultureInfo.InvariantCulture),
            [TerminationMessagePath] = container.TerminationMessagePath ?? "/dev/termination-log",
            [TerminationMessagePolicy] = container.TerminationMessagePolicy ?? "File",
        };
        if (pod.Spec.TerminationGracePeriodSeconds is { } grace)
            annotations[PodTerminationGracePeriod] = grace.ToString(CultureInfo.InvariantCulture);
        return annotations;
    }

    /// <summary>The restart count recorded on a container, 0 when absent or unreadable.</summary>
    public static int RestartCountOf(IReadOnlyDictionary<string, string> annotations) =>
        annotations.TryGetValue(RestartCount, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var count) ? count : 0;

    private static void AddPodIdentity(Dictionary<string, string> labels, Pod pod)
    {
        labels[PodName] = pod.Name();
        labels[PodNamespace] = pod.Namespace();
        labels[PodUid] = pod.Uid();
    }
}
