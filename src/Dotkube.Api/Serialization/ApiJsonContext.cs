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
[JsonSerializable(typeof(Core.V1.Pod))]
[JsonSerializable(typeof(KubeList<Core.V1.Pod>), TypeInfoPropertyName = "PodList")]
[JsonSerializable(typeof(Core.V1.PodTemplate))]
[JsonSerializable(typeof(KubeList<Core.V1.PodTemplate>), TypeInfoPropertyName = "PodTemplateList")]
[JsonSerializable(typeof(Core.V1.ReplicationController))]
[JsonSerializable(typeof(KubeList<Core.V1.ReplicationController>), TypeInfoPropertyName = "ReplicationControllerList")]
[JsonSerializable(typeof(Core.V1.Binding))]
// end core/v1 pods
// core/v1: cluster objects (Node, Namespace, Service, Endpoints, ConfigMap, Secret, ...)
[JsonSerializable(typeof(Core.V1.Node))]
[JsonSerializable(typeof(KubeList<Core.V1.Node>), TypeInfoPropertyName = "NodeList")]
[JsonSerializable(typeof(Core.V1.Namespace))]
[JsonSerializable(typeof(KubeList<Core.V1.Namespace>), TypeInfoPropertyName = "NamespaceList")]
[JsonSerializable(typeof(Core.V1.Service))]
[JsonSerializable(typeof(KubeList<Core.V1.Service>), TypeInfoPropertyName = "ServiceList")]
[JsonSerializable(typeof(Core.V1.Endpoints))]
[JsonSerializable(typeof(KubeList<Core.V1.Endpoints>), TypeInfoPropertyName = "EndpointsList")]
[JsonSerializable(typeof(Core.V1.ConfigMap))]
[JsonSerializable(typeof(KubeList<Core.V1.ConfigMap>), TypeInfoPropertyName = "ConfigMapList")]
[JsonSerializable(typeof(Core.V1.Secret))]
[JsonSerializable(typeof(KubeList<Core.V1.Secret>), TypeInfoPropertyName = "SecretList")]
[JsonSerializable(typeof(Core.V1.ServiceAccount))]
[JsonSerializable(typeof(KubeList<Core.V1.ServiceAccount>), TypeInfoPropertyName = "ServiceAccountList")]
[JsonSerializable(typeof(Core.V1.PersistentVolume))]
[JsonSerializable(typeof(KubeList<Core.V1.PersistentVolume>), TypeInfoPropertyName = "PersistentVolumeList")]
[JsonSerializable(typeof(Core.V1.PersistentVolumeClaim))]
[JsonSerializable(typeof(KubeList<Core.V1.PersistentVolumeClaim>), TypeInfoPropertyName = "PersistentVolumeClaimList")]
[JsonSerializable(typeof(Core.V1.ResourceQuota))]
[JsonSerializable(typeof(KubeList<Core.V1.ResourceQuota>), TypeInfoPropertyName = "ResourceQuotaList")]
[JsonSerializable(typeof(Core.V1.LimitRange))]
[JsonSerializable(typeof(KubeList<Core.V1.LimitRange>), TypeInfoPropertyName = "LimitRangeList")]
[JsonSerializable(typeof(Core.V1.Event), TypeInfoPropertyName = "CoreV1Event")]
[JsonSerializable(typeof(KubeList<Core.V1.Event>), TypeInfoPropertyName = "CoreV1EventList")]
[JsonSerializable(typeof(Core.V1.EventSeries), TypeInfoPropertyName = "CoreV1EventSeries")]
[JsonSerializable(typeof(Core.V1.EventSource), TypeInfoPropertyName = "CoreV1EventSource")]
[JsonSerializable(typeof(Core.V1.EndpointPort), TypeInfoPropertyName = "CoreV1EndpointPort")]
[JsonSerializable(typeof(List<Core.V1.EndpointPort>), TypeInfoPropertyName = "CoreV1ListEndpointPort")]
[JsonSerializable(typeof(List<Core.V1.Event>), TypeInfoPropertyName = "CoreV1ListEvent")]
// end core/v1 cluster
// apps/v1, batch/v1, autoscaling/v1+v2, policy/v1, scheduling.k8s.io/v1
[JsonSerializable(typeof(Apps.V1.Deployment))]
[JsonSerializable(typeof(KubeList<Apps.V1.Deployment>), TypeInfoPropertyName = "DeploymentList")]
[JsonSerializable(typeof(Apps.V1.ReplicaSet))]
[JsonSerializable(typeof(KubeList<Apps.V1.ReplicaSet>), TypeInfoPropertyName = "ReplicaSetList")]
[JsonSerializable(typeof(Apps.V1.StatefulSet))]
[JsonSerializable(typeof(KubeList<Apps.V1.StatefulSet>), TypeInfoPropertyName = "StatefulSetList")]
[JsonSerializable(typeof(Apps.V1.DaemonSet))]
[JsonSerializable(typeof(KubeList<Apps.V1.DaemonSet>), TypeInfoPropertyName = "DaemonSetList")]
[JsonSerializable(typeof(Apps.V1.ControllerRevision))]
[JsonSerializable(typeof(KubeList<Apps.V1.ControllerRevision>), TypeInfoPropertyName = "ControllerRevisionList")]
[JsonSerializable(typeof(Batch.V1.Job))]
[JsonSerializable(typeof(KubeList<Batch.V1.Job>), TypeInfoPropertyName = "JobList")]
[JsonSerializable(typeof(Batch.V1.CronJob))]
[JsonSerializable(typeof(KubeList<Batch.V1.CronJob>), TypeInfoPropertyName = "CronJobList")]
[JsonSerializable(typeof(Autoscaling.V1.HorizontalPodAutoscaler))]
[JsonSerializable(typeof(KubeList<Autoscaling.V1.HorizontalPodAutoscaler>), TypeInfoPropertyName = "HorizontalPodAutoscalerList")]
[JsonSerializable(typeof(Autoscaling.V1.Scale))]
[JsonSerializable(typeof(Autoscaling.V2.HorizontalPodAutoscaler), TypeInfoPropertyName = "AutoscalingV2HorizontalPodAutoscaler")]
[JsonSerializable(typeof(KubeList<Autoscaling.V2.HorizontalPodAutoscaler>), TypeInfoPropertyName = "AutoscalingV2HorizontalPodAutoscalerList")]
[JsonSerializable(typeof(List<Autoscaling.V2.HorizontalPodAutoscaler>), TypeInfoPropertyName = "AutoscalingV2ListHorizontalPodAutoscaler")]
[JsonSerializable(typeof(Autoscaling.V2.HorizontalPodAutoscalerSpec), TypeInfoPropertyName = "AutoscalingV2HorizontalPodAutoscalerSpec")]
[JsonSerializable(typeof(Autoscaling.V2.HorizontalPodAutoscalerStatus), TypeInfoPropertyName = "AutoscalingV2HorizontalPodAutoscalerStatus")]
[JsonSerializable(typeof(Autoscaling.V2.CrossVersionObjectReference), TypeInfoPropertyName = "AutoscalingV2CrossVersionObjectReference")]
[JsonSerializable(typeof(Policy.V1.PodDisruptionBudget))]
[JsonSerializable(typeof(KubeList<Policy.V1.PodDisruptionBudget>), TypeInfoPropertyName = "PodDisruptionBudgetList")]
[JsonSerializable(typeof(Policy.V1.Eviction))]
[JsonSerializable(typeof(Scheduling.V1.PriorityClass))]
[JsonSerializable(typeof(KubeList<Scheduling.V1.PriorityClass>), TypeInfoPropertyName = "PriorityClassList")]
// end workloads
// coordination, discovery, networking, rbac, storage, events, apiextensions, authentication, authorization
[JsonSerializable(typeof(Coordination.V1.Lease))]
[JsonSerializable(typeof(KubeList<Coordination.V1.Lease>), TypeInfoPropertyName = "LeaseList")]
[JsonSerializable(typeof(Rbac.V1.Role))]
[JsonSerializable(typeof(KubeList<Rbac.V1.Role>), TypeInfoPropertyName = "RoleList")]
[JsonSerializable(typeof(Rbac.V1.ClusterRole))]
[JsonSerializable(typeof(KubeList<Rbac.V1.ClusterRole>), TypeInfoPropertyName = "ClusterRoleList")]
[JsonSerializable(typeof(Rbac.V1.RoleBinding))]
[JsonSerializable(typeof(KubeList<Rbac.V1.RoleBinding>), TypeInfoPropertyName = "RoleBindingList")]
[JsonSerializable(typeof(Rbac.V1.ClusterRoleBinding))]
[JsonSerializable(typeof(KubeList<Rbac.V1.ClusterRoleBinding>), TypeInfoPropertyName = "ClusterRoleBindingList")]
[JsonSerializable(typeof(Rbac.V1.Subject), TypeInfoPropertyName = "RbacV1Subject")]
[JsonSerializable(typeof(ApiExtensions.V1.CustomResourceDefinition))]
[JsonSerializable(typeof(KubeList<ApiExtensions.V1.CustomResourceDefinition>), TypeInfoPropertyName = "CustomResourceDefinitionList")]
[JsonSerializable(typeof(ApiExtensions.V1.ServiceReference), TypeInfoPropertyName = "ApiExtensionsV1ServiceReference")]
[JsonSerializable(typeof(ApiExtensions.V1.WebhookClientConfig), TypeInfoPropertyName = "ApiExtensionsV1WebhookClientConfig")]
[JsonSerializable(typeof(Authentication.V1.TokenReview))]
[JsonSerializable(typeof(Authentication.V1.SelfSubjectReview))]
[JsonSerializable(typeof(Authentication.V1.TokenRequest))]
[JsonSerializable(typeof(Authentication.V1.UserInfo), TypeInfoPropertyName = "AuthenticationV1UserInfo")]
[JsonSerializable(typeof(Authorization.V1.SubjectAccessReview))]
[JsonSerializable(typeof(Authorization.V1.SelfSubjectAccessReview))]
[JsonSerializable(typeof(Authorization.V1.LocalSubjectAccessReview))]
[JsonSerializable(typeof(Authorization.V1.SelfSubjectRulesReview))]
[JsonSerializable(typeof(Discovery.V1.EndpointSlice))]
[JsonSerializable(typeof(KubeList<Discovery.V1.EndpointSlice>), TypeInfoPropertyName = "EndpointSliceList")]
[JsonSerializable(typeof(Discovery.V1.EndpointPort), TypeInfoPropertyName = "DiscoveryV1EndpointPort")]
[JsonSerializable(typeof(List<Discovery.V1.EndpointPort>), TypeInfoPropertyName = "DiscoveryV1ListEndpointPort")]
[JsonSerializable(typeof(Networking.V1.Ingress))]
[JsonSerializable(typeof(KubeList<Networking.V1.Ingress>), TypeInfoPropertyName = "IngressList")]
[JsonSerializable(typeof(Networking.V1.IngressClass))]
[JsonSerializable(typeof(KubeList<Networking.V1.IngressClass>), TypeInfoPropertyName = "IngressClassList")]
[JsonSerializable(typeof(Networking.V1.NetworkPolicy))]
[JsonSerializable(typeof(KubeList<Networking.V1.NetworkPolicy>), TypeInfoPropertyName = "NetworkPolicyList")]
[JsonSerializable(typeof(Storage.V1.StorageClass))]
[JsonSerializable(typeof(KubeList<Storage.V1.StorageClass>), TypeInfoPropertyName = "StorageClassList")]
[JsonSerializable(typeof(Events.V1.Event), TypeInfoPropertyName = "EventsV1Event")]
[JsonSerializable(typeof(KubeList<Events.V1.Event>), TypeInfoPropertyName = "EventsV1EventList")]
[JsonSerializable(typeof(Events.V1.EventSeries), TypeInfoPropertyName = "EventsV1EventSeries")]
[JsonSerializable(typeof(List<Events.V1.Event>), TypeInfoPropertyName = "EventsV1ListEvent")]
// end other groups
public sealed partial class ApiJsonContext : JsonSerializerContext;
