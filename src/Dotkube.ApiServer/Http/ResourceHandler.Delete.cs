using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>As the NamespaceLifecycle admission plugin: these namespaces can never be deleted.</summary>
    private static readonly HashSet<string> ImmortalNamespaces = ["default", "kube-system", "kube-public"];

    private async Task DeleteAsync(ApiRequest request)
    {
        var form = Negotiate(request);
        var options = await ReadDeleteOptionsAsync(request);
        var dryRun = request.DryRun || options.DryRun is { Count: > 0 };
        var (obj, deletedNow) = await DeleteObjectAsync(request, request.Info.Name, options, dryRun);
        if (deletedNow && !KindRules.ReturnsDeletedObject(request.Resource))
        {
            var success = ApiErrors.Success(request.Resource.Group, request.Resource.Plural, request.Info.Name, obj.Metadata.Uid);
            await ResponseWriter.WriteJsonAsync(request.Http, 200, success, typeof(Status));
            return;
        }

        await ResponseWriter.WriteAsync(request, 200, obj, form, TableFor(request));
    }

    private async Task DeleteCollectionAsync(ApiRequest request)
    {
        var form = Negotiate(request);
        var options = await ReadDeleteOptionsAsync(request);
        var dryRun = request.DryRun || options.DryRun is { Count: > 0 };
        RequestOptions.ValidateList(request, watch: false);
        var selectors = ListSelectors.From(request);
        var (items, page) = await request.Store.RangeAsync(ResourceKeys.ListPrefix(request.Resource, request.Namespace), 0, 0, null, request.Aborted);
        var deleted = new List<KubeObject>();
        foreach (var item in items.Where(i => selectors.Matches(request.Resource, i)))
        {
            try
            {
                var (obj, _) = await DeleteObjectAsync(request, item.Metadata.Name!, options, dryRun, item.Metadata.Namespace ?? "");
                deleted.Add(obj);
            }
            catch (ApiException e) when (e.Code == 404)
            {
                // Deleted by someone else meanwhile: the goal is reached.
            }
        }

        var meta = new ListMeta { ResourceVersion = page.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await ResponseWriter.WriteAsync(request, 200, ResponseWriter.NewList(request.Resource, deleted, meta), form, TableFor(request));
    }

    /// <summary>
    /// Upstream's graceful deletion: preconditions; pods scheduled on a node get a deletion
    /// timestamp and grace period for the kubelet; objects with finalizers (including the
    /// orphan/foregroundDeletion finalizers the propagation policy asks for) get a deletion
    /// timestamp and wait; everything else goes at once. Returns the object and whether it is gone.
    /// </summary>
    private async Task<(KubeObject Obj, bool DeletedNow)> DeleteObjectAsync(ApiRequest request, string name,
        DeleteOptions options, bool dryRun, string? ns = null)
    {
        ns ??= request.Namespace;
        var resource = request.Resource;
        if (resource.Group.Length == 0 && resource.Plural == "namespaces" && ImmortalNamespaces.Contains(name))
        {
            throw ApiErrors.Forbidden("", "namespaces", name, "this namespace may not be deleted");
        }

        while (true)
        {
            var current = await request.Store.GetRequiredAsync(ns, name, request.Aborted);
            CheckPreconditions(request, current, options.Preconditions);
            var revision = ResourceStore.ParseRevision(current.Metadata.ResourceVersion);
            var pending = PendingDeletion(resource, current, options);
            if (pending is not null)
            {
                // Already being deleted the same way (a second delete of a terminating pod or
                // of an object waiting on finalizers): upstream answers with it and writes nothing.
                if (dryRun || StoredObject.Encode(pending).AsSpan().SequenceEqual(StoredObject.Encode(current)))
                {
                    return (dryRun ? pending : current, false);
                }

                try
                {
                    return (await request.Store.UpdateAsync(pending, revision, request.Aborted), false);
                }
                catch (ApiException e) when (e.Reason == "Conflict")
                {
                    continue;
                }
            }

            if (dryRun)
            {
                return (current, true);
            }

            try
            {
                await request.Store.DeleteAsync(ns, name, revision, request.Aborted);
                await AfterDeletedAsync(current);
                return (current, true);
            }
            catch (ApiException e) when (e.Reason == "Conflict" && options.Preconditions?.ResourceVersion is null)
            {
                // Changed between read and delete: decide again on the new state, as upstream.
            }
        }
    }

    /// <summary>The object with its deletion recorded, when it must wait; null when it can go now.</summary>
    private KubeObject? PendingDeletion(Api.Schema.ResourceInfo resource, KubeObject current, DeleteOptions options)
    {
        var next = StoredObject.Clone(resource, current);
        var meta = next.Metadata;
        var now = ObjectStrategy.TruncateToSeconds(Now);

        if (next is Pod pod)
        {
            var grace = options.GracePeriodSeconds ?? pod.Spec.TerminationGracePeriodSeconds ?? 30;
            // As upstream: unscheduled and terminal pods have nobody to wait for.
            if (string.IsNullOrEmpty(pod.Spec.NodeName) || pod.Status?.Phase is "Succeeded" or "Failed")
            {
                grace = 0;
            }

            if (grace > 0 && (meta.DeletionGracePeriodSeconds is null || grace < meta.DeletionGracePeriodSeconds))
            {
                meta.DeletionTimestamp = now.AddSeconds(grace);
                meta.DeletionGracePeriodSeconds = grace;
                return next;
            }

            if (grace > 0)
            {
                // Already terminating with a shorter grace period: nothing changes (the caller
                // sees an unchanged object and writes nothing).
                return next;
            }
        }

        var finalizers = meta.Finalizers ?? [];
        var policy = options.PropagationPolicy
            ?? (options.OrphanDependents switch { true => "Orphan", false => "Background", null => null })
            ?? (KindRules.OrphansByDefault(resource) ? "Orphan" : "Background");
        switch (policy)
        {
            case "Orphan":
                finalizers.Remove("foregroundDeletion");
                AddOnce(finalizers, "orphan");
                break;
            case "Foreground":
                finalizers.Remove("orphan");
                AddOnce(finalizers, "foregroundDeletion");
                break;
            default:
                // "Background" (RequestOptions.ValidateDelete has refused anything else).
                finalizers.Remove("orphan");
                finalizers.Remove("foregroundDeletion");
                break;
        }

        // Orphaning only matters while the object has dependents to release; with nothing to
        // wait for upstream still records the finalizer and lets the garbage collector drop it.
        var namespaceFinalizers = next is Namespace ns ? ns.Spec.Finalizers ?? [] : [];
        if (finalizers.Count == 0 && namespaceFinalizers.Count == 0)
        {
            return null;
        }

        meta.Finalizers = finalizers.Count == 0 ? null : finalizers;
        if (meta.DeletionTimestamp is null)
        {
            meta.DeletionTimestamp = now;
            meta.DeletionGracePeriodSeconds = 0;
        }

        if (next is Namespace terminating)
        {
            terminating.Status.Phase = "Terminating";
        }

        return next;
    }

    private static void AddOnce(List<string> finalizers, string finalizer)
    {
        if (!finalizers.Contains(finalizer))
        {
            finalizers.Add(finalizer);
        }
    }

    private static void CheckPreconditions(ApiRequest request, KubeObject current, Preconditions? preconditions)
    {
        var resource = request.Resource;
        if (preconditions?.Uid is { } uid && uid != current.Metadata.Uid)
        {
            throw ApiErrors.Conflict(resource.Group, resource.Plural, current.Metadata.Name!,
                $"Precondition failed: UID in precondition: {uid}, UID in object meta: {current.Metadata.Uid}");
        }

        if (preconditions?.ResourceVersion is { } rv && rv != current.Metadata.ResourceVersion)
        {
            throw ApiErrors.Conflict(resource.Group, resource.Plural, current.Metadata.Name!,
                $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {current.Metadata.ResourceVersion}");
        }
    }

    /// <summary>
    /// DeleteOptions from the body (JSON, YAML or protobuf; 415 for other media types) or,
    /// without one, from the query; then ValidateDeleteOptions (422), as upstream. A body that
    /// does not decode as DeleteOptions is 400 (500 in v1.32, 400 since kubernetes#133358).
    /// </summary>
    private async Task<DeleteOptions> ReadDeleteOptionsAsync(ApiRequest request)
    {
        var body = await RequestBody.ReadAsync(request.Http, _options.MaxRequestBodyBytes);
        DeleteOptions options;
        if (body.AsSpan().Trim(" \t\r\n"u8).Length > 0)
        {
            if (!ContentTypes.TryGetBodyMediaType(request.Http.Request.ContentType, out var contentType)
                || contentType is not (MediaTypes.Json or MediaTypes.Yaml or MediaTypes.Protobuf))
            {
                throw ApiErrors.UnsupportedMediaType(ObjectMediaTypes);
            }

            try
            {
                options = KubeJson.Deserialize<DeleteOptions>(BodyAsJson(body));
            }
            catch (Exception e) when (e is DecodeException or System.Text.Json.JsonException or FormatException)
            {
                throw ApiErrors.BadRequest($"error decoding DeleteOptions: {e.Message}");
            }

            if (options.Kind is { Length: > 0 } kind && kind != "DeleteOptions")
            {
                throw ApiErrors.BadRequest($"error decoding DeleteOptions: the body is a {kind}, not DeleteOptions");
            }
        }
        else
        {
            options = new DeleteOptions
            {
                GracePeriodSeconds = request.QueryInt64("gracePeriodSeconds"),
                PropagationPolicy = request.Query("propagationPolicy"),
                OrphanDependents = request.Query("orphanDependents") is not null ? request.QueryBool("orphanDependents") : null,
                DryRun = request.Http.Request.Query["dryRun"] is { Count: > 0 } dryRun ? dryRun.Select(v => v ?? "").ToList() : null,
            };
        }

        RequestOptions.ValidateDelete(options);

        if (options.GracePeriodSeconds < 0)
        {
            options.GracePeriodSeconds = 1;
        }

        return options;
    }
}
