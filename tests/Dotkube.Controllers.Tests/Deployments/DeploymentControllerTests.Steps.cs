using System.Text.Json.Nodes;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Autoscaling.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Client.Rest;
using Dotkube.Controllers.Deployments;
using Dotkube.Controllers.Tests.Support;

namespace Dotkube.Controllers.Tests.Deployments;

/// <summary>What kubectl and the tests do to Deployments, and what they wait for.</summary>
public sealed partial class DeploymentControllerTests
{
    /// <summary>
    /// What kubectl scale does. The server answers an unconditional scale with 409 when the
    /// Deployment changes between its read and its write (upstream retries that itself), so retry.
    /// </summary>
    private async Task ScaleAsync(string name, int replicas)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await Client.UpdateScaleAsync<Deployment>(_ns, name, new Scale { Spec = new ScaleSpec { Replicas = replicas } });
                return;
            }
            catch (ApiStatusException e) when (e.IsConflict && attempt < 10)
            {
            }
        }
    }

    private async Task CreateAsync(Deployment d)
    {
        d.Metadata.Namespace = _ns;
        await Client.CreateAsync(d);
    }

    private Task PatchAsync(string name, string patch) =>
        Client.PatchAsync<Deployment>(_ns, name, PatchType.StrategicMerge, patch);

    /// <summary>What kubectl set image sends.</summary>
    private Task SetImageAsync(string name, string image) =>
        PatchAsync(name, $$$$$"""{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"{{{{{image}}}}}"}]}}}}""");

    /// <summary>
    /// What kubectl rollout undo does: the ReplicaSet's template, without its hash label, and its
    /// annotations (but the controller's own) go back into the Deployment in one JSON patch.
    /// </summary>
    private async Task UndoAsync(string name, ReplicaSet to)
    {
        var d = await Client.GetAsync<Deployment>(_ns, name);
        var template = to.Spec.Template;
        template.Metadata.Labels!.Remove(AppsLabelKeys.PodTemplateHash);
        var skipped = new[] { DeploymentAnnotations.LastAppliedConfiguration, DeploymentAnnotations.Revision, DeploymentAnnotations.RevisionHistory,
            DeploymentAnnotations.DesiredReplicas, DeploymentAnnotations.MaxReplicas, AppsLabelKeys.DeprecatedRollbackTo };
        var annotations = (d.Metadata.Annotations ?? []).Where(a => skipped.Contains(a.Key))
            .Concat((to.Metadata.Annotations ?? []).Where(a => !skipped.Contains(a.Key)))
            .ToDictionary();
        var patch = new JsonArray(
            new JsonObject { ["op"] = "replace", ["path"] = "/spec/template", ["value"] = Node(template) },
            new JsonObject { ["op"] = "replace", ["path"] = "/metadata/annotations", ["value"] = Node(annotations) });
        await Client.PatchAsync<Deployment>(_ns, name, PatchType.Json, patch.ToJsonString());
    }

    private static JsonNode? Node<T>(T value) =>
        JsonNode.Parse(KubeJson.Serialize(value));

    private static DeploymentCondition? Condition(Deployment d, string type) => d.Status.Conditions?.FirstOrDefault(c => c.Type == type);

    private async Task WaitForEventAsync(string message) =>
        await Eventually.ReturnsAsync(() => Client.ListAsync<Event>(_ns),
            events => events.Items.Any(e => e.Reason == DeploymentReasons.ScalingReplicaSet && e.Message == message && e.Source.Component == "deployment-controller"),
            $"event \"{message}\"");
}
