using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Cri;

public sealed partial class RuntimeServiceClient
{
    /// <summary>Creates a container in a sandbox and returns its id. <paramref name="sandboxConfig"/> is the config the sandbox was run with.</summary>
    public async Task<string> CreateContainerAsync(string podSandboxId, ContainerConfig config, PodSandboxConfig sandboxConfig,
        CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("CreateContainer",
            new CreateContainerRequest { PodSandboxId = podSandboxId, Config = config, SandboxConfig = sandboxConfig },
            CreateContainerResponse.Parser, cancellationToken);
        return Required(response.ContainerId, "CreateContainer", "container id");
    }

    public Task StartContainerAsync(string containerId, CancellationToken cancellationToken = default) =>
        CallAsync("StartContainer", new StartContainerRequest { ContainerId = containerId }, StartContainerResponse.Parser, cancellationToken);

    /// <summary>
    /// Stops a container: SIGTERM (or the image's stop signal), SIGKILL after <paramref name="gracePeriodSeconds"/>
    /// (0 = at once). The deadline is the grace period plus the request timeout, as upstream, so the kill has time.
    /// </summary>
    public Task StopContainerAsync(string containerId, long gracePeriodSeconds, CancellationToken cancellationToken = default) =>
        CallAsync("StopContainer", new StopContainerRequest { ContainerId = containerId, Timeout = gracePeriodSeconds },
            StopContainerResponse.Parser, _caller.DefaultTimeout + TimeSpan.FromSeconds(gracePeriodSeconds), cancellationToken);

    /// <summary>Removes a container, killing it first if it runs; idempotent.</summary>
    public Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken = default) =>
        CallAsync("RemoveContainer", new RemoveContainerRequest { ContainerId = containerId }, RemoveContainerResponse.Parser, cancellationToken);

    public async Task<IReadOnlyList<Container>> ListContainersAsync(ContainerFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("ListContainers", new ListContainersRequest { Filter = filter }, ListContainersResponse.Parser, cancellationToken);
        return response.Containers;
    }

    public Task<ContainerStatusResponse> ContainerStatusAsync(string containerId, bool verbose = false, CancellationToken cancellationToken = default) =>
        CallAsync("ContainerStatus", new ContainerStatusRequest { ContainerId = containerId, Verbose = verbose },
            ContainerStatusResponse.Parser, cancellationToken);

    public Task UpdateContainerResourcesAsync(string containerId, LinuxContainerResources resources, CancellationToken cancellationToken = default) =>
        CallAsync("UpdateContainerResources", new UpdateContainerResourcesRequest { ContainerId = containerId, Linux = resources },
            UpdateContainerResourcesResponse.Parser, cancellationToken);

    /// <summary>Asks the runtime to reopen the container's log file after the kubelet rotated it.</summary>
    public Task ReopenContainerLogAsync(string containerId, CancellationToken cancellationToken = default) =>
        CallAsync("ReopenContainerLog", new ReopenContainerLogRequest { ContainerId = containerId }, ReopenContainerLogResponse.Parser, cancellationToken);

    public async Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("ContainerStats", new ContainerStatsRequest { ContainerId = containerId },
            ContainerStatsResponse.Parser, cancellationToken);
        return response.Stats;
    }

    /// <summary>Stats of running containers. No deadline, as upstream: writable-layer sizes can take long to collect.</summary>
    public async Task<IReadOnlyList<ContainerStats>> ListContainerStatsAsync(ContainerStatsFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("ListContainerStats", new ListContainerStatsRequest { Filter = filter },
            ListContainerStatsResponse.Parser, Timeout.InfiniteTimeSpan, cancellationToken);
        return response.Stats;
    }
}
