using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Cri;

public sealed partial class RuntimeServiceClient
{
    /// <summary>Creates and starts a sandbox and returns its id. Deadline: twice the request timeout (4 min by default), as upstream.</summary>
    public async Task<string> RunPodSandboxAsync(PodSandboxConfig config, string runtimeHandler = "", CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("RunPodSandbox", new RunPodSandboxRequest { Config = config, RuntimeHandler = runtimeHandler },
            RunPodSandboxResponse.Parser, _caller.DefaultTimeout * 2, cancellationToken);
        return Required(response.PodSandboxId, "RunPodSandbox", "sandbox id");
    }

    /// <summary>Stops the sandbox's processes and releases its network; idempotent.</summary>
    public Task StopPodSandboxAsync(string podSandboxId, CancellationToken cancellationToken = default) =>
        CallAsync("StopPodSandbox", new StopPodSandboxRequest { PodSandboxId = podSandboxId }, StopPodSandboxResponse.Parser, cancellationToken);

    /// <summary>Removes the sandbox and any containers left in it; idempotent.</summary>
    public Task RemovePodSandboxAsync(string podSandboxId, CancellationToken cancellationToken = default) =>
        CallAsync("RemovePodSandbox", new RemovePodSandboxRequest { PodSandboxId = podSandboxId }, RemovePodSandboxResponse.Parser, cancellationToken);

    public Task<PodSandboxStatusResponse> PodSandboxStatusAsync(string podSandboxId, bool verbose = false, CancellationToken cancellationToken = default) =>
        CallAsync("PodSandboxStatus", new PodSandboxStatusRequest { PodSandboxId = podSandboxId, Verbose = verbose },
            PodSandboxStatusResponse.Parser, cancellationToken);

    public async Task<IReadOnlyList<PodSandbox>> ListPodSandboxAsync(PodSandboxFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("ListPodSandbox", new ListPodSandboxRequest { Filter = filter }, ListPodSandboxResponse.Parser, cancellationToken);
        return response.Items;
    }
}
