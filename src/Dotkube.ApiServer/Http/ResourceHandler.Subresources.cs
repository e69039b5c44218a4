using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Autoscaling.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Errors;
using Dotkube.ApiServer.Registry;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>
    /// /scale as autoscaling/v1 Scale: spec.replicas maps to the workload's spec.replicas,
    /// status.selector is the workload's selector in query form.
    /// </summary>
    private async Task ScaleAsync(ApiRequest request)
    {
        if (!request.Resource.Subresources.Contains("scale"))
        {
            throw ApiErrors.PathNotFound();
        }

        var form = Negotiate(request, allowTable: false);
        var current = await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
        if (request.Info.Verb == "get")
        {
            await ResponseWriter.WriteAsync(request, 200, ScaleOf(request, current), form, null);
            return;
        }

        if (request.Info.Verb is not ("update" or "patch"))
        {
            throw ApiErrors.MethodNotSupported(request.Resource.Group, $"{request.Resource.Plural}/scale", request.Info.Verb);
        }

        var dryRun = request.DryRun;
        var body = await RequestBody.ReadAsync(request.Http, _options.MaxRequestBodyBytes);
        // A scale that names no resourceVersion is applied to the latest object, so a controller
        // writing status meanwhile does not make `kubectl scale` fail.
        while (true)
        {
            var wanted = WantedScale(request, current, body);
            var pinned = !string.IsNullOrEmpty(wanted.Metadata.ResourceVersion);
            try
            {
                var result = await WriteScaleAsync(request, current, wanted, dryRun);
                await ResponseWriter.WriteAsync(request, 200, ScaleOf(request, result), form, null);
                return;
            }
            catch (ApiException e) when (RetriesOnConflict(e, pinned, request))
            {
                current = await request.Store.GetRequiredAsync(request.Namespace, request.Info.Name, request.Aborted);
            }
        }
    }

    private static Scale WantedScale(ApiRequest request, KubeObject current, byte[] body)
    {
        try
        {
            if (request.Info.Verb == "update")
            {
                return KubeJson.Deserialize<Scale>(KubeYaml.IsJson(body) ? body : KubeYaml.ToJson(body));
            }

            var scaleJson = KubeJson.Serialize(ScaleOf(request, current));
            var patchType = MediaTypes.BaseType(request.Http.Request.ContentType);
            JsonNode? patched = patchType switch
            {
                MediaTypes.JsonPatch => Api.Patching.JsonPatch.Apply(JsonNode.Parse(scaleJson)!, body),
                MediaTypes.MergePatch => Api.Patching.JsonMergePatch.Apply(scaleJson, body),
                MediaTypes.StrategicMergePatch => Api.Patching.StrategicMergePatch.Apply(JsonNode.Parse(scaleJson)!.AsObject(),
                    Api.Patching.StrategicMergePatch.ParsePatch(body), typeof(Scale)),
                _ => throw ApiErrors.UnsupportedMediaType(SupportedPatchTypes),
            };
            return patched.Deserialize(KubeJson.TypeInfo<Scale>()) ?? throw new JsonException("document is null");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or DecodeException or Api.Patching.PatchException)
        {
            throw ApiErrors.BadRequest(e.Message);
        }
    }

    private async Task<KubeObject> WriteScaleAsync(ApiRequest request, KubeObject current, Scale wanted, bool dryRun)
    {
        CheckName(request, wanted.Metadata.Name);
        if (!string.IsNullOrEmpty(wanted.Metadata.ResourceVersion) && wanted.Metadata.ResourceVersion != current.Metadata.ResourceVersion)
        {
            throw ApiErrors.Conflict(request.Resource.Group, request.Resource.Plural, request.Info.Name);
        }

        if (wanted.Spec.Replicas is null or < 0)
        {
            throw ApiErrors.Invalid(Api.Validation.InvalidObjectStatus.Create("autoscaling", "Scale", request.Info.Name,
                [Api.Validation.FieldError.Invalid(Api.Validation.FieldPath.Root("spec", "replicas"), wanted.Spec.Replicas ?? 0,
                    "must be greater than or equal to 0")]));
        }

        var node = ObjectStrategy.ToNode(request.Resource, current);
        node["spec"] ??= new JsonObject();
        node["spec"]!["replicas"] = wanted.Spec.Replicas.Value;
        var incoming = ObjectStrategy.FromNode(request.Resource, node);
        var (result, _) = await WriteUpdateAsync(request, incoming, current, statusOnly: false, dryRun);
        return result;
    }

    private static Scale ScaleOf(ApiRequest request, KubeObject obj)
    {
        var node = ObjectStrategy.ToNode(request.Resource, obj);
        var selector = node["spec"]?["selector"];
        string? selectorText = null;
        if (selector is JsonObject selectorObject)
        {
            selectorText = selectorObject.ContainsKey("matchLabels") || selectorObject.ContainsKey("matchExpressions")
                ? Selector.FromLabelSelector(selectorObject.Deserialize(KubeJson.TypeInfo<LabelSelector>())).ToString()
                : Selector.FromSet(selectorObject.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "")).ToString();
        }

        return new Scale
        {
            ApiVersion = "autoscaling/v1",
            Kind = "Scale",
            Metadata = new ObjectMeta
            {
                Name = obj.Metadata.Name,
                Namespace = obj.Metadata.Namespace,
                Uid = obj.Metadata.Uid,
                ResourceVersion = obj.Metadata.ResourceVersion,
                CreationTimestamp = obj.Metadata.CreationTimestamp,
            },
            Spec = new ScaleSpec { Replicas = node["spec"]?["replicas"]?.GetValue<int>() ?? 1 },
            Status = new ScaleStatus { Replicas = node["status"]?["replicas"]?.GetValue<int>() ?? 0, Selector = selectorText },
        };
    }

    /// <summary>A subresource body (Binding, Eviction) as JSON or YAML; undecodable bodies are 400.</summary>
    private async Task<T> ReadBodyAsync<T>(ApiRequest request)
    {
        var body = await RequestBody.ReadAsync(request.Http, _options.MaxRequestBodyBytes);
        try
        {
            return KubeJson.Deserialize<T>(BodyAsJson(body));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or DecodeException)
        {
            throw ApiErrors.BadRequest(e.Message);
        }
    }

    /// <summary>A small body in any of the encodings clients send (JSON, YAML, Kubernetes protobuf) as JSON.</summary>
    private static byte[] BodyAsJson(byte[] body) =>
        Api.Protobuf.KubeProtobuf.HasMagic(body) ? Api.Protobuf.KubeProtobuf.ToJson(body).Json
        : KubeYaml.IsJson(body) ? body
        : KubeYaml.ToJson(body);

    /// <summary>pods/binding: sets spec.nodeName once; a bound pod answers 409 as upstream.</summary>
    private async Task BindAsync(ApiRequest request)
    {
        var binding = await ReadBodyAsync<Binding>(request);

        var podName = request.Info.Name.Length > 0 ? request.Info.Name : binding.Metadata.Name ?? "";
        if (binding.Target.Kind is { Length: > 0 } kind && kind != "Node")
        {
            throw ApiErrors.BadRequest("must be a Node to bind a pod");
        }

        if (string.IsNullOrEmpty(binding.Target.Name))
        {
            throw ApiErrors.BadRequest("a binding target must name a node");
        }

        var pods = _registry.For<Pod>();
        var dryRun = request.DryRun;
        await pods.GuaranteedUpdateAsync(request.Namespace, podName, obj =>
        {
            var pod = (Pod)obj;
            if (pod.Metadata.DeletionTimestamp is not null)
            {
                throw ApiErrors.Conflict("", "pods", podName, "pod is being deleted, cannot be assigned to a host");
            }

            if (!string.IsNullOrEmpty(pod.Spec.NodeName))
            {
                throw ApiErrors.Conflict("", "pods/binding", podName, $"pod {podName} is already assigned to node \"{pod.Spec.NodeName}\"");
            }

            if (pod.Spec.SchedulingGates is { Count: > 0 })
            {
                // As upstream's assignPod; a plain error there, so a 500.
                throw ApiErrors.InternalError($"pod {podName} has non-empty .spec.schedulingGates");
            }

            if (binding.Metadata.Uid is { Length: > 0 } uid && uid != pod.Metadata.Uid)
            {
                throw ApiErrors.Conflict("", "pods/binding", podName, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {pod.Metadata.Uid}");
            }

            pod.Spec.NodeName = binding.Target.Name;
            foreach (var (key, value) in binding.Metadata.Annotations ?? [])
            {
                pod.Metadata.Annotations ??= [];
                pod.Metadata.Annotations[key] = value;
            }

            pod.Status ??= new PodStatus();
            pod.Status.Conditions ??= [];
            pod.Status.Conditions.RemoveAll(c => c.Type == "PodScheduled");
            pod.Status.Conditions.Add(new PodCondition { Type = "PodScheduled", Status = "True", LastTransitionTime = ObjectStrategy.TruncateToSeconds(Now) });
            return dryRun ? null : pod;
        }, request.Aborted);

        await ResponseWriter.WriteJsonAsync(request.Http, 201, new Status { Kind = "Status", ApiVersion = "v1", Outcome = "Success", Code = 201 }, typeof(Status));
    }
}
