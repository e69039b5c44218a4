using Dotkube.Api.Core.V1;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Protobuf;
using Dotkube.Api.Serialization;
using Dotkube.Api.Validation;
using Dotkube.ApiServer.Admission;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    private static readonly string[] ObjectMediaTypes = [MediaTypes.Json, MediaTypes.Yaml, MediaTypes.Protobuf];

    private async Task CreateAsync(ApiRequest request)
    {
        var form = Negotiate(request);
        var dryRun = request.DryRun;
        var obj = await DecodeBodyAsync(request);
        var resource = request.Resource;
        var meta = obj.Metadata;
        if (resource.Namespaced)
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

        // Admission errors name the object as the client did: by its generateName when it has no name yet.
        var admissionName = string.IsNullOrEmpty(meta.Name) ? meta.GenerateName ?? "" : meta.Name;
        if (string.IsNullOrEmpty(meta.Name) && !string.IsNullOrEmpty(meta.GenerateName))
        {
            meta.Name = _names.GenerateName(meta.GenerateName);
        }

        if (resource.Namespaced)
        {
            await AdmitNamespaceAsync(request, meta.Namespace ?? "", meta.Name ?? "");
        }

        ObjectDefaults.Apply(obj);
        await AdmitServiceAccountAsync(request, obj, admissionName);
        AdmitPod(obj);
        await AdmitPriorityAsync(request, obj, null, admissionName);
        ObjectStrategy.PrepareForCreate(resource, obj, Now);
        var reservation = obj is Service service && Services is not null
            ? await Services.AllocateAsync(service, dryRun, request.Aborted)
            : null;
        KubeObject created;
        try
        {
            ThrowIfInvalid(request, obj, ObjectValidation.ValidateCreate(obj));
            created = dryRun ? obj : await request.Store.CreateAsync(obj, request.Aborted);
        }
        catch when (reservation is not null)
        {
            await reservation.ReleaseAsync(CancellationToken.None);
            throw;
        }

        await ResponseWriter.WriteAsync(request, 201, created, form, TableFor(request));
    }

    /// <summary>Decodes a create or update body as the URL's kind, with fieldValidation; warnings become headers.</summary>
    private async Task<KubeObject> DecodeBodyAsync(ApiRequest request)
    {
        if (!ContentTypes.TryGetBodyMediaType(request.Http.Request.ContentType, out var contentType)
            || contentType is not (MediaTypes.Json or MediaTypes.Yaml or MediaTypes.Protobuf))
        {
            throw ApiErrors.UnsupportedMediaType(ObjectMediaTypes);
        }

        var body = await RequestBody.ReadAsync(request.Http, _options.MaxRequestBodyBytes);
        var validation = request.FieldValidation;
        if (contentType == MediaTypes.Json)
        {
            body = ObjectBody.CheckJson(body, request.Resource.Kind);
        }
        else if (contentType == MediaTypes.Protobuf)
        {
            // kubectl's typed clients write protobuf; it becomes the JSON every other path takes.
            ObjectBody.CheckProtobuf(body, request.Resource.Kind);
            try
            {
                body = KubeProtobuf.ToJson(body, request.Resource.Gvk).Json;
            }
            catch (DecodeException e)
            {
                throw ApiErrors.BadRequest(e.Message);
            }
        }

        return DecodeAs(request, body, validation);
    }

    private static KubeObject DecodeAs(ApiRequest request, byte[] body, FieldValidation validation)
    {
        var resource = request.Resource;
        DecodedObject decoded;
        try
        {
            decoded = KubeDecoder.Decode(body, validation, resource);
        }
        catch (DecodeException e)
        {
            throw ApiErrors.BadRequest(e.Message);
        }

        if (decoded.Gvk.Group != resource.Group || decoded.Gvk.Version != resource.Version)
        {
            throw ApiErrors.BadRequest(
                $"the API version in the data ({decoded.Gvk.ApiVersion}) does not match the expected API version ({resource.ApiVersion})");
        }

        if (decoded.Gvk.Kind != resource.Kind)
        {
            throw ApiErrors.BadRequest(
                $"{decoded.Gvk.Kind} in version \"{decoded.Gvk.Version}\" cannot be handled as a {resource.Kind}: the kind in the body does not match the resource");
        }

        foreach (var warning in decoded.Warnings)
        {
            request.AddWarning(warning);
        }

        return (KubeObject)decoded.Object;
    }

    private static void ThrowIfInvalid(ApiRequest request, KubeObject obj, IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw ApiErrors.Invalid(InvalidObjectStatus.Create(request.Resource.Group, request.Resource.Kind, obj.Metadata.Name ?? "", errors));
        }
    }

    /// <summary>The mutating admission plugins for pods proper (create and update, never subresources), as kube-apiserver runs them by default.</summary>
    private void AdmitPod(KubeObject obj)
    {
        if (obj is Pod pod && _options.EnabledAdmissionPlugins.Contains(AdmissionPlugins.DefaultTolerationSeconds))
        {
            DefaultTolerationSeconds.Admit(pod, _options.DefaultNotReadyTolerationSeconds, _options.DefaultUnreachableTolerationSeconds);
        }
    }

    /// <summary>
    /// The NamespaceLifecycle admission plugin: objects go only into namespaces that exist and
    /// are not terminating.
    /// </summary>
    private async Task AdmitNamespaceAsync(ApiRequest request, string ns, string name)
    {
        if (ns.Length == 0 || !_options.EnabledAdmissionPlugins.Contains(AdmissionPlugins.NamespaceLifecycle))
        {
            return;
        }

        // As upstream's NamespaceLifecycle, ask the in-memory namespace cache first (a storage
        // read per create halves create throughput on etcd); only a miss, e.g. a namespace
        // created a moment ago or a cache behind this server's own namespace writes, goes to storage.
        var namespaces = _registry.For<Namespace>();
        var cached = (await CaughtUpCacheAsync(namespaces, request.Aborted))?.TryGet(ResourceKeys.Key(namespaces.Resource, "", ns));
        var found = (Namespace?)cached
            ?? (Namespace?)await namespaces.GetAsync("", ns, request.Aborted)
            ?? throw ApiErrors.NotFound("", "namespaces", ns);
        if (found.Metadata.DeletionTimestamp is not null || found.Status?.Phase == "Terminating")
        {
            throw ApiErrors.NamespaceTerminating(request.Resource.Group, request.Resource.Plural, name, ns);
        }
    }
}
