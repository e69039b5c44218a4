using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>Waits on pods of a <see cref="PodNodeFixture"/>, for the pod e2e tests; failures show the pod's last status.</summary>
internal static class PodWaits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<Pod> WaitForAsync(this PodNodeFixture node, Pod pod, Func<Pod, bool> condition, string what)
    {
        var current = pod;
        var (ns, name) = (pod.Metadata.Namespace!, pod.Metadata.Name!);
        try
        {
            await Eventually.HoldsAsync(async () => condition(current = await node.GetAsync(ns, name)), Timeout, $"pod {name} is {what}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{e.Message}; last status: {Encoding.UTF8.GetString(KubeJson.Serialize(current.Status))}", e);
        }

        return current;
    }

    /// <summary>A file as the pod's httpd serves it on port 8080 (retried while the server starts).</summary>
    public static async Task<string> HttpGetAsync(this HttpClient http, Pod pod, string path)
    {
        string? body = null;
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                body = await http.GetStringAsync($"http://{pod.Status.PodIP}:8080{path}");
                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, Timeout, $"GET {path} from pod {pod.Metadata.Name}");
        return body!;
    }

    /// <summary>Creates a pod on the fixture's node: one busybox container "main" running <c>sh -c SCRIPT</c>, a grace period of 2 s.</summary>
    public static async Task<Pod> CreateShellPodAsync(this PodNodeFixture node, string ns, string name, string restartPolicy, string script,
        ResourceRequirements? resources = null) =>
        await node.Client.CreateAsync(new Pod
        {
            Metadata = new Api.Meta.ObjectMeta { Name = name, Namespace = ns },
            Spec = new PodSpec
            {
                NodeName = PodNodeFixture.NodeName,
                RestartPolicy = restartPolicy,
                TerminationGracePeriodSeconds = 2,
                Containers =
                [
                    new Container
                    {
                        Name = "main", Image = "docker.io/library/busybox:1.36", Command = ["sh", "-c", script], Resources = resources ?? new ResourceRequirements(),
                    },
                ],
            },
        });

    /// <summary>Deletes the pod and waits for its object to disappear (the agent's final delete).</summary>
    public static async Task DeletePodAsync(this PodNodeFixture node, string ns, string name)
    {
        await node.Client.DeleteAsync<Pod>(ns, name);
        await Eventually.HoldsAsync(async () => !await node.ExistsAsync(ns, name), Timeout, $"pod {name} disappears");
    }

    /// <summary>Waits for an event about the pod that meets <paramref name="condition"/>; a failure lists the pod's events.</summary>
    public static async Task WaitForEventAsync(this PodNodeFixture node, string ns, string pod, Func<Event, bool> condition)
    {
        var seen = new List<Event>();
        try
        {
            await Eventually.HoldsAsync(async () =>
            {
                seen = [.. (await node.Client.ListAsync<Event>(ns)).Items.Where(e => e.InvolvedObject.Name == pod)];
                return seen.Any(condition);
            }, Timeout, $"an event about {pod}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"{e.Message}; events: {string.Join("; ", seen.Select(s => $"{s.Reason} x{s.Count}: {s.Message}"))}", e);
        }
    }

    public static async Task<bool> ExistsAsync(this PodNodeFixture node, string ns, string name)
    {
        try
        {
            await node.GetAsync(ns, name);
            return true;
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return false;
        }
    }
}
