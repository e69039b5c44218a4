using System.Globalization;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Tests.ReplicaSets;

/// <summary>Builders and reads shared by the replica set and replication controller integration tests.</summary>
internal static class ReplicaTestObjects
{
    public static PodTemplateSpec Template(string app) => new()
    {
        Metadata = new ObjectMeta { Labels = new() { ["app"] = app } },
        Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "nginx" }] },
    };

    public static Api.Apps.V1.ReplicaSet NewReplicaSet(string ns, string name, int replicas, int minReadySeconds = 0) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = new ReplicaSetSpec
        {
            Replicas = replicas,
            MinReadySeconds = minReadySeconds,
            Selector = new LabelSelector { MatchLabels = new() { ["app"] = name } },
            Template = Template(name),
        },
    };

    public static Pod NewPod(string ns, string name, Dictionary<string, string> labels, OwnerReference? owner = null) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns, Labels = labels, OwnerReferences = owner is null ? null : [owner] },
        Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "nginx" }] },
    };

    /// <summary>The active pods in <paramref name="ns"/> controlled by the object with <paramref name="ownerUid"/>, read from the API.</summary>
    public static async Task<List<Pod>> OwnedPodsAsync(KubeClient client, string ns, string? ownerUid) =>
        [.. (await client.ListAsync<Pod>(ns)).Items.Where(p => Owners.ControllerOf(p)?.Uid == ownerUid && PodState.IsActive(p))];

    /// <summary>What a kubelet would write: phase Running, and Ready=True since <paramref name="readySince"/> when given.</summary>
    public static Task<Pod> SetRunningAsync(KubeClient client, Pod pod, DateTimeOffset? readySince)
    {
        var conditions = readySince is { } since
            ? ",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\",\"lastTransitionTime\":\""
              + since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) + "\"}]"
            : "";
        return client.PatchAsync<Pod>(pod.Metadata.Namespace, pod.Metadata.Name!, PatchType.Merge,
            "{\"status\":{\"phase\":\"Running\"" + conditions + "}}", subresource: "status");
    }

    public static Task<T> ScaleAsync<T>(KubeClient client, T owner, int replicas)
        where T : KubeObject =>
        client.PatchAsync<T>(owner.Metadata.Namespace, owner.Metadata.Name!, PatchType.Merge, "{\"spec\":{\"replicas\":" + replicas + "}}");

    public static async Task<List<Event>> EventsAsync(KubeClient client, string ns, string reason) =>
        [.. (await client.ListAsync<Event>(ns)).Items.Where(e => e.Reason == reason)];
}
