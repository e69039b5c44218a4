using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Controllers.Tests.Endpoints;

/// <summary>
/// Services, nodes and pods on the real API server for the endpoints and endpointslice
/// integration tests. There is no kubelet, so pods get their IP and readiness through pods/status here.
/// </summary>
internal static class ClusterObjects
{
    public static async Task<Service> CreateServiceAsync(KubeClient client, string ns, string name = "web", bool headless = false,
        bool publishNotReady = false, params ServicePort[] ports)
    {
        var service = ServiceTestObjects.Service(name, ns, headless ? "None" : null, ports);
        service.Metadata.Uid = null;
        service.Metadata.Labels = new() { ["tier"] = "front" };
        service.Spec.PublishNotReadyAddresses = publishNotReady ? true : null;
        return await client.CreateAsync(service);
    }

    public static async Task<string> CreateNodeAsync(KubeClient client, string ns)
    {
        var name = "node-" + ns;
        await client.CreateAsync(new Node { Metadata = new ObjectMeta { Name = name } });
        return name;
    }

    /// <summary>
    /// Creates a pod bound to <paramref name="node"/> and gives it <paramref name="ip"/> and a Ready
    /// condition; with <paramref name="hostname"/>, the pod names the "web" service as its subdomain.
    /// </summary>
    public static async Task<Pod> CreateRunningPodAsync(KubeClient client, string ns, string name, string ip, string node, bool ready = true,
        string? hostname = null, params ContainerPort[] ports)
    {
        var pod = ServiceTestObjects.Pod(name, ip, ready, ns, node, ports);
        pod.Metadata.Uid = null;
        pod.Spec.Hostname = hostname;
        pod.Spec.Subdomain = hostname is null ? null : "web";
        await client.CreateAsync(pod);
        return await SetStatusAsync(client, ns, name, ip, ready);
    }

    public static async Task<Pod> SetStatusAsync(KubeClient client, string ns, string name, string ip, bool ready)
    {
        var pod = await client.GetAsync<Pod>(ns, name);
        pod.Status.Phase = "Running";
        pod.Status.PodIP = ip;
        pod.Status.PodIPs = [new PodIP { IP = ip }];
        pod.Status.Conditions = [new PodCondition { Type = "Ready", Status = ready ? "True" : "False", LastTransitionTime = DateTimeOffset.UtcNow }];
        return await client.UpdateStatusAsync(pod);
    }
}
