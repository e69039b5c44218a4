using Dotkube.Grpc;
using Dotkube.Kubelet.Cri;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Containerd;

/// <summary>
/// The agent's CRI runtime: its own supervised containerd, or the existing endpoint named by
/// <see cref="ContainerdOptions.ContainerRuntimeEndpoint"/> (checked to answer CRI Version, and
/// never started or stopped by us). Dispose stops the supervised containerd, not its containers.
/// </summary>
public sealed class ContainerRuntime : IAsyncDisposable
{
    private ContainerRuntime(string endpoint, ContainerdSupervisor? supervisor)
    {
        Endpoint = endpoint;
        Supervisor = supervisor;
    }

    /// <summary>The CRI endpoint for <see cref="RuntimeServiceClient"/> and <see cref="ImageServiceClient"/>.</summary>
    public string Endpoint { get; }

    /// <summary>Our containerd's supervisor, or null for an external runtime.</summary>
    public ContainerdSupervisor? Supervisor { get; }

    public static async Task<ContainerRuntime> StartAsync(ContainerdOptions options, ILoggerFactory loggers, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (options.ContainerRuntimeEndpoint is { } endpoint)
        {
            using var client = new RuntimeServiceClient(new CriClientOptions { Endpoint = endpoint, Time = time });
            var version = await client.VersionAsync(cancellationToken);
            if (version.RuntimeApiVersion != RuntimeServiceClient.ApiVersion)
            {
                throw new RpcException(StatusCode.Unimplemented,
                    $"{endpoint} speaks CRI {version.RuntimeApiVersion}, not {RuntimeServiceClient.ApiVersion}");
            }

            return new ContainerRuntime(endpoint, null);
        }

        var supervisor = new ContainerdSupervisor(options, loggers.CreateLogger<ContainerdSupervisor>(), time);
        try
        {
            await supervisor.StartAsync(cancellationToken);
        }
        catch
        {
            await supervisor.DisposeAsync();
            throw;
        }

        return new ContainerRuntime(supervisor.Endpoint, supervisor);
    }

    public ValueTask DisposeAsync() => Supervisor?.DisposeAsync() ?? ValueTask.CompletedTask;
}
