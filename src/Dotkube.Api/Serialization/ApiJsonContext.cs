using System.Text.Json;
using System.Text.Json.Serialization;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Serialization;

/// <summary>
/// Source-generated JSON metadata for every root type of the API. Every kind and its
/// <c>KubeList&lt;T&gt;</c> must be listed here (the Scheme checks at start-up); nested types
/// come along automatically. Types that share a name across groups (Event, EventSeries,
/// HorizontalPodAutoscaler, ...) must be listed with a TypeInfoPropertyName, or the generator
/// reports SYSLIB1031 and serves only one of them.
/// Options: camelCase names as upstream, absent (null) fields omitted, times as RFC 3339.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TimeConverter)],
    MaxDepth = KubeJson.MaxDepth)]
// meta.k8s.io
[JsonSerializable(typeof(Status))]
[JsonSerializable(typeof(DeleteOptions))]
[JsonSerializable(typeof(WatchEvent))]
[JsonSerializable(typeof(Table))]
[JsonSerializable(typeof(PartialObjectMetadata))]
[JsonSerializable(typeof(KubeList<PartialObjectMetadata>), TypeInfoPropertyName = "PartialObjectMetadataList")]
[JsonSerializable(typeof(APIResourceList))]
[JsonSerializable(typeof(APIGroupList))]
[JsonSerializable(typeof(APIGroup))]
[JsonSerializable(typeof(APIVersions))]
[JsonSerializable(typeof(Condition))]
[JsonSerializable(typeof(JsonElement))]
// core/v1: pods and workloads (Pod, PodTemplate, ReplicationController, Binding)
// end core/v1 pods
// core/v1: cluster objects (Node, Namespace, Service, Endpoints, ConfigMap, Secret, ...)
// end core/v1 cluster
// apps/v1, batch/v1, autoscaling/v1+v2, policy/v1, scheduling.k8s.io/v1
// end workloads
// coordination, discovery, networking, rbac, storage, events, apiextensions, authentication, authorization
// end other groups
public sealed partial class ApiJsonContext : JsonSerializerContext;
