using Dotkube.Api.Core.V1;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Validation;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    private async Task UpdateAsync(ApiRequest request, bool statusOnly)
    {
        var form = Negotiate(request);
        var dryRun = request.DryRun;
        var incoming = await DecodeBodyAsync(request);
        CheckIdentity(request, incoming);
        if (incoming.Metadata.ResourceVersion is { Length: > 0 } version
            && !ulong.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            // Upstream passes the versioner's strconv error through as a 500; it is the client's.
            throw ApiErrors.BadRequest($"strconv.ParseUint: parsing \"{version}\": invalid syntax");
        }

        var expected = ResourceStore.ParseRevision(incoming.Metadata.ResourceVersion);
        var current = await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
        if (expected != 0 && expected != ResourceStore.ParseRevision(current.Metadata.ResourceVersion))
        {
            throw ApiErrors.Conflict(request.Resource.Group, request.Resource.Plural, request.Info.Name);
        }

        var (result, _) = await WriteUpdateAsync(request, incoming, current, statusOnly, dryRun);
        await ResponseWriter.WriteAsync(request, 200, result, form, TableFor(request));
    }

    /// <summary>
    /// The shared tail of update and patch: defaults, strategy, validation, then a write
    /// conditioned on the revision read. An update that changes nothing is not written (as
    /// upstream), and an object whose deletion waited only on finalizers goes once they are gone.
    /// </summary>
    private async Task<(KubeObject Result, bool Written)> WriteUpdateAsync(ApiRequest request, KubeObject incoming,
        KubeObject current, bool statusOnly, bool dryRun)
    {
        var resource = request.Resource;
        ObjectDefaults.Apply(incoming);
        if (!statusOnly && request.Info.Subresource.Length == 0)
        {
            AdmitPod(incoming);
            await AdmitPriorityAsync(request, incoming, current, request.Info.Name);
        }

        var prepared = statusOnly
            ? ObjectStrategy.PrepareForStatusUpdate(resource, incoming, current)
            : ObjectStrategy.PrepareForUpdate(resource, incoming, current);
        var (added, released) = prepared is Service updatedService && current is Service currentService && Services is not null
            ? await Services.UpdateAsync(currentService, updatedService, dryRun, request.Aborted)
            : (null, []);
        try
        {
            var result = await StoreUpdateAsync(request, prepared, current, dryRun);
            if (result.Written && Services is not null)
            {
                await Services.ReleaseKeysAsync(released, CancellationToken.None);
            }

            return result;
        }
        catch when (added is not null)
        {
            await added.ReleaseAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<(KubeObject Result, bool Written)> StoreUpdateAsync(ApiRequest request, KubeObject prepared, KubeObject current, bool dryRun)
    {
        ThrowIfInvalid(request, prepared, ObjectValidation.ValidateUpdate(prepared, current));

        var encoded = StoredObject.Encode(prepared);
        if (encoded.AsSpan().SequenceEqual(StoredObject.Encode(current)))
        {
            return (current, false);
        }

        if (dryRun)
        {
            return (prepared, false);
        }

        var revision = ResourceStore.ParseRevision(current.Metadata.ResourceVersion);
        if (ShouldDeleteDuringUpdate(prepared))
        {
            await request.Store.DeleteAsync(request.Namespace, request.Info.Name, revision, request.Aborted);
            await AfterDeletedAsync(prepared);
            return (prepared, true);
        }

        return (await request.Store.UpdateAsync(prepared, encoded, revision, request.Aborted), true);
    }

    /// <summary>
    /// The generic store's ShouldDeleteDuringUpdate: a deleted object goes once no finalizer is
    /// left; a namespace also waits for its spec.finalizers (upstream's namespace store), which
    /// only /finalize empties.
    /// </summary>
    private static bool ShouldDeleteDuringUpdate(KubeObject obj) =>
        obj.Metadata.DeletionTimestamp is not null
        && (obj.Metadata.Finalizers?.Count ?? 0) == 0
        && (obj is not Namespace ns || (ns.Spec.Finalizers?.Count ?? 0) == 0);

    /// <summary>What a really deleted object held elsewhere goes with it (a Service's IP and ports).</summary>
    private async Task AfterDeletedAsync(KubeObject deleted)
    {
        if (deleted is Api.Core.V1.Service service && Services is not null)
        {
            await Services.ReleaseAsync(service, CancellationToken.None);
        }
    }

    /// <summary>
    /// Upstream's checkName (handlers/rest.go), for objects and subresource bodies (Scale): the
    /// body must name what the URL names, and an unnamed body does not take the URL's name.
    /// </summary>
    private static void CheckName(ApiRequest request, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw ApiErrors.BadRequest($"the name of the object ({request.Info.Name} based on URL) was undeterminable: name must be provided");
        }

        if (name != request.Info.Name)
        {
            throw ApiErrors.BadRequest($"the name of the object ({name}) does not match the name on the URL ({request.Info.Name})");
        }
    }

    /// <summary>The body must name the object and the namespace the URL names (400 otherwise, as upstream).</summary>
    private static void CheckIdentity(ApiRequest request, KubeObject obj)
    {
        var meta = obj.Metadata;
        CheckName(request, meta.Name);
        if (request.Resource.Namespaced)
        {
            if (string.IsNullOrEmpty(meta.Namespace))
            {
                meta.Namespace = request.Namespace;
            }
            else if (meta.Namespace != request.Namespace)
            {
                throw ApiErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }
        }
        else
        {
            meta.Namespace = null;
        }
    }
}
