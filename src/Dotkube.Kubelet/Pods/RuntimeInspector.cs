using Dotkube.Grpc;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>Reads a pod's <see cref="RuntimePod"/> from CRI by the io.kubernetes.pod.uid label.</summary>
internal sealed class RuntimeInspector(RuntimeServiceClient runtime)
{
    public async Task<RuntimePod> InspectAsync(string uid, CancellationToken ct)
    {
        var sandboxFilter = new PodSandboxFilter();
        sandboxFilter.LabelSelector[RuntimeLabels.PodUid] = uid;
        var sandboxes = (await runtime.ListPodSandboxAsync(sandboxFilter, ct)).OrderByDescending(s => s.CreatedAt).ToList();
        PodSandboxStatus? sandboxStatus = null;
        if (sandboxes.Count > 0)
            sandboxStatus = await IgnoreNotFound(async () => (await runtime.PodSandboxStatusAsync(sandboxes[0].Id, false, ct)).Status);

        var containerFilter = new ContainerFilter();
        containerFilter.LabelSelector[RuntimeLabels.PodUid] = uid;
        var statuses = new List<ContainerStatus>();
        foreach (var container in await runtime.ListContainersAsync(containerFilter, ct))
        {
            // A container removed between the list and its status is simply gone.
            if (await IgnoreNotFound(async () => (await runtime.ContainerStatusAsync(container.Id, false, ct)).Status) is { } status)
                statuses.Add(status);
        }

        return new RuntimePod(uid, sandboxes, sandboxStatus, [.. statuses.OrderByDescending(s => s.CreatedAt)]);
    }

    private static async Task<T?> IgnoreNotFound<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }
}
