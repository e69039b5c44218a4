using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Events;
using Dotkube.Client.Rest;

namespace Dotkube.Controllers.Common;

/// <summary>
/// Creates and deletes a controller's pods and records upstream's events about them on the
/// controller object (upstream's RealPodControl).
/// </summary>
public sealed class PodControl(KubeClient client, EventRecorder events)
{
    public const string SuccessfulCreateReason = "SuccessfulCreate";
    public const string FailedCreateReason = "FailedCreate";
    public const string SuccessfulDeleteReason = "SuccessfulDelete";
    public const string FailedDeleteReason = "FailedDelete";

    /// <summary>
    /// Creates a pod from <paramref name="template"/> in <paramref name="owner"/>'s namespace.
    /// A template without labels is refused (the pod could never be found again); a failed create
    /// records a FailedCreate warning unless the namespace is terminating.
    /// </summary>
    public async Task<Pod> CreatePodAsync(PodTemplateSpec template, KubeObject owner, OwnerReference controllerRef, CancellationToken ct)
    {
        var pod = PodTemplates.FromTemplate(template, owner, controllerRef);
        if (pod.Metadata.Labels is not { Count: > 0 })
            throw new InvalidOperationException("unable to create pods, no labels");
        Pod created;
        try
        {
            created = await client.CreateAsync(pod, ct: ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (!NamespaceTermination.Is(e))
                events.Event(owner, EventType.Warning, FailedCreateReason, "Error creating: {0}", e.Message);
            throw;
        }

        events.Event(owner, EventType.Normal, SuccessfulCreateReason, "Created pod: {0}", created.Metadata.Name);
        return created;
    }

    /// <summary>
    /// Deletes the pod (default grace period). NotFound is rethrown without an event, because the
    /// pod is already gone; other failures record a FailedDelete warning.
    /// </summary>
    public async Task DeletePodAsync(string ns, string name, KubeObject owner, CancellationToken ct)
    {
        try
        {
            await client.DeleteAsync<Pod>(ns, name, ct: ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or ApiStatusException { IsNotFound: true }))
        {
            events.Event(owner, EventType.Warning, FailedDeleteReason, "Error deleting: {0}", e.Message);
            throw new InvalidOperationException($"unable to delete pods: {e.Message}", e);
        }

        events.Event(owner, EventType.Normal, SuccessfulDeleteReason, "Deleted pod: {0}", name);
    }
}
