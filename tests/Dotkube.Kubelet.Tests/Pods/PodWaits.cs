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

    /// <summary>Deletes the pod and waits for its object to disappear (the agent's final delete).</summary>
    public static async Task DeletePodAsync(this PodNodeFixture node, string ns, string name)
    {
        await node.Client.DeleteAsync<Pod>(ns, name);
        await Eventually.HoldsAsync(async () => !await node.ExistsAsync(ns, name), Timeout, $"pod {name} disappears");
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
