using System.Globalization;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;

namespace Dotkube.Scheduler.Plugins.Helper;

/// <summary>
/// Strategic merge patches of a pod's status, as upstream's scheduler util PatchPodStatus sends them
/// (conditions merge by type), and ClearNominatedNodeName.
/// </summary>
public static class PodStatusPatch
{
    /// <summary>A condition with no probe time, as the scheduler writes them.</summary>
    public static JsonObject Condition(string type, string status, string reason, string message, DateTimeOffset transition) => new()
    {
        ["type"] = type,
        ["status"] = status,
        ["lastProbeTime"] = null,
        ["lastTransitionTime"] = transition.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["reason"] = reason,
        ["message"] = message,
    };

    /// <summary>A status patch setting the condition and, when <paramref name="setNominated"/>, status.nominatedNodeName (null or empty clears it).</summary>
    public static string Of(JsonObject? condition, bool setNominated = false, string? nominatedNodeName = null)
    {
        var status = new JsonObject();
        if (condition is not null)
            status["conditions"] = new JsonArray(condition);
        if (setNominated)
            status["nominatedNodeName"] = string.IsNullOrEmpty(nominatedNodeName) ? null : nominatedNodeName;
        return new JsonObject { ["status"] = status }.ToJsonString();
    }

    public static Task<Pod> ApplyAsync(KubeClient client, Pod pod, string patch, CancellationToken ct = default) =>
        client.PatchAsync<Pod>(pod.Metadata.Namespace, pod.Metadata.Name!, PatchType.StrategicMerge, patch, subresource: "status", ct: ct);

    /// <summary>
    /// Clears status.nominatedNodeName of the pods that have one (upstream ClearNominatedNodeName);
    /// pods gone meanwhile are skipped. Throws the first other failure after trying every pod.
    /// </summary>
    public static async Task ClearNominatedNodeNameAsync(KubeClient client, IEnumerable<Pod> pods, CancellationToken ct = default)
    {
        Exception? first = null;
        foreach (var pod in pods.Where(p => !string.IsNullOrEmpty(p.Status.NominatedNodeName)))
        {
            try
            {
                await ApplyAsync(client, pod, Of(null, setNominated: true), ct).ConfigureAwait(false);
            }
            catch (ApiStatusException e) when (e.IsNotFound)
            {
            }
            catch (Exception e) when (e is ApiStatusException or HttpRequestException)
            {
                first ??= e;
            }
        }

        if (first is not null)
            throw first;
    }
}
