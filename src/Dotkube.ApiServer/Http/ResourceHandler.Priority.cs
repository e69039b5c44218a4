using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Scheduling.V1;
using Dotkube.ApiServer.Admission;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>
    /// The Priority admission plugin on pods proper and PriorityClasses (<paramref name="old"/> is
    /// null on create). <paramref name="name"/> is the name the error shows: on create, before name
    /// generation, the generateName (as upstream's admission errors).
    /// </summary>
    private async Task AdmitPriorityAsync(ApiRequest request, KubeObject obj, KubeObject? old, string name)
    {
        if (!_options.EnabledAdmissionPlugins.Contains(AdmissionPlugins.Priority))
        {
            return;
        }

        string? refused;
        switch (obj)
        {
            case Pod pod when old is Pod oldPod:
                Priority.AdmitUpdate(pod, oldPod);
                return;
            case Pod pod:
                refused = Priority.AdmitCreate(pod, await PriorityClassesAsync(request.Aborted));
                break;
            case PriorityClass priorityClass:
                refused = Priority.AdmitClass(priorityClass, old is null, await PriorityClassesAsync(request.Aborted));
                break;
            default:
                return;
        }

        if (refused is not null)
        {
            throw ApiErrors.Forbidden(request.Resource.Group, request.Resource.Plural, name, refused);
        }
    }

    /// <summary>
    /// Every PriorityClass, from the watch cache (upstream reads an informer's lister) unless the
    /// cache is behind this server's last PriorityClass write, which storage then answers.
    /// </summary>
    private async Task<IReadOnlyCollection<PriorityClass>> PriorityClassesAsync(CancellationToken ct)
    {
        var store = _registry.For<PriorityClass>();
        if (await CaughtUpCacheAsync(store, ct) is { } cache)
        {
            return [.. cache.List(store.Prefix).Cast<PriorityClass>()];
        }

        var (items, _) = await store.RangeAsync(store.Prefix, 0, 0, null, ct);
        return [.. items.Cast<PriorityClass>()];
    }
}
