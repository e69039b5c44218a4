using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// Upstream's validateContainerLogStatus: which container instance a log request reads, from the
/// pod's status. previous = the last terminated instance; otherwise the running one, else the one
/// that terminated, else the previous one (a crash-looping container shows its last run); a
/// container that never ran answers why, in upstream's words.
/// </summary>
public static class ContainerLogTarget
{
    /// <summary>The runtime's container id (without the containerd:// prefix); <see cref="ContainerLogException"/> when there is none to read.</summary>
    public static string Resolve(PodStatus? status, string podName, string container, bool previous)
    {
        var found = (status?.ContainerStatuses ?? []).Concat(status?.InitContainerStatuses ?? []).Concat(status?.EphemeralContainerStatuses ?? [])
            .FirstOrDefault(s => s.Name == container)
            ?? throw new ContainerLogException($"container \"{container}\" in pod \"{podName}\" is not available");
        var last = found.LastTerminationState.Terminated;
        var state = found.State;
        string? id;
        if (previous)
        {
            id = last?.ContainerID is { Length: > 0 } lastId
                ? lastId
                : throw new ContainerLogException($"previous terminated container \"{container}\" in pod \"{podName}\" not found");
        }
        else if (state.Running is not null)
        {
            id = found.ContainerID;
        }
        else if (state.Terminated is { } terminated)
        {
            // The next instance did not start: the terminated state has no id, the last one has.
            id = terminated.ContainerID is { Length: > 0 } terminatedId ? terminatedId
                : last?.ContainerID is { Length: > 0 } lastId ? lastId
                : throw Terminated(container, podName);
        }
        else if (last is not null)
        {
            id = last.ContainerID is { Length: > 0 } lastId ? lastId : throw Terminated(container, podName);
        }
        else if (state.Waiting is { } waiting)
        {
            throw new ContainerLogException(waiting.Reason switch
            {
                "ErrImagePull" => $"container \"{container}\" in pod \"{podName}\" is waiting to start: image can't be pulled",
                "ImagePullBackOff" => $"container \"{container}\" in pod \"{podName}\" is waiting to start: trying and failing to pull image",
                var reason => $"container \"{container}\" in pod \"{podName}\" is waiting to start: {reason}",
            });
        }
        else
        {
            throw new ContainerLogException($"container \"{container}\" in pod \"{podName}\" is waiting to start - no logs yet");
        }

        return RuntimeId(id ?? "");
    }

    /// <summary>The id part of a <c>runtime://id</c> container id.</summary>
    public static string RuntimeId(string containerId)
    {
        var separator = containerId.IndexOf("://", StringComparison.Ordinal);
        return separator < 0 ? containerId : containerId[(separator + 3)..];
    }

    private static ContainerLogException Terminated(string container, string podName) =>
        new($"container \"{container}\" in pod \"{podName}\" is terminated");
}
