using Dotkube.Api.ApiExtensions.V1;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Batch.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Networking.V1;
using Dotkube.Api.Rbac.V1;
using Dotkube.Api.Scheduling.V1;
using Dotkube.Api.Storage.V1;
using HpaV1 = Dotkube.Api.Autoscaling.V1.HorizontalPodAutoscaler;
using HpaV2 = Dotkube.Api.Autoscaling.V2.HorizontalPodAutoscaler;

namespace Dotkube.Api.Defaulting;

/// <summary>
/// Upstream's scheme defaulting (SetObjectDefaults_X from the generated defaulters) for every kind,
/// as the API server applies it when it decodes a request body or reads an object from storage.
/// </summary>
/// <remarks>
/// Mutates in place and is idempotent: a second <see cref="Apply"/> changes nothing. Feature-gated
/// defaults follow the v1.32 default gate state. Kinds without upstream defaults are left as given.
/// </remarks>
public static class ObjectDefaults
{
    public static void Apply(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        switch (obj)
        {
            case Pod pod: CoreV1Defaults.SetObjectDefaults_Pod(pod); break;
            case PodTemplate template: CoreV1Defaults.SetObjectDefaults_PodTemplate(template); break;
            case ReplicationController controller: CoreV1Defaults.SetObjectDefaults_ReplicationController(controller); break;
            case Service service: CoreV1Defaults.SetDefaults_Service(service); break;
            case Endpoints endpoints: CoreV1Defaults.SetDefaults_Endpoints(endpoints); break;
            case Namespace ns: CoreV1Defaults.SetObjectDefaults_Namespace(ns); break;
            case Node node: CoreV1Defaults.SetObjectDefaults_Node(node); break;
            case PersistentVolume volume: CoreV1Defaults.SetObjectDefaults_PersistentVolume(volume); break;
            case PersistentVolumeClaim claim: CoreV1Defaults.SetObjectDefaults_PersistentVolumeClaim(claim); break;
            case Secret secret: CoreV1Defaults.SetDefaults_Secret(secret); break;
            case LimitRange limitRange: CoreV1Defaults.SetObjectDefaults_LimitRange(limitRange); break;
            case ResourceQuota quota: CoreV1Defaults.SetObjectDefaults_ResourceQuota(quota); break;
            case Deployment deployment: AppsV1Defaults.SetObjectDefaults_Deployment(deployment); break;
            case ReplicaSet replicaSet: AppsV1Defaults.SetObjectDefaults_ReplicaSet(replicaSet); break;
            case StatefulSet statefulSet: AppsV1Defaults.SetObjectDefaults_StatefulSet(statefulSet); break;
            case DaemonSet daemonSet: AppsV1Defaults.SetObjectDefaults_DaemonSet(daemonSet); break;
            case Job job: BatchV1Defaults.SetObjectDefaults_Job(job); break;
            case CronJob cronJob: BatchV1Defaults.SetObjectDefaults_CronJob(cronJob); break;
            case HpaV1 hpa: AutoscalingV1Defaults.SetDefaults_HorizontalPodAutoscaler(hpa); break;
            case HpaV2 hpa: AutoscalingV2Defaults.SetDefaults_HorizontalPodAutoscaler(hpa); break;
            case NetworkPolicy policy: NetworkingV1Defaults.SetObjectDefaults_NetworkPolicy(policy); break;
            case IngressClass ingressClass: NetworkingV1Defaults.SetDefaults_IngressClass(ingressClass); break;
            case RoleBinding binding: RbacV1Defaults.SetObjectDefaults_RoleBinding(binding); break;
            case ClusterRoleBinding binding: RbacV1Defaults.SetObjectDefaults_ClusterRoleBinding(binding); break;
            case StorageClass storageClass: StorageV1Defaults.SetDefaults_StorageClass(storageClass); break;
            case PriorityClass priorityClass: SchedulingV1Defaults.SetDefaults_PriorityClass(priorityClass); break;
            case EndpointSlice slice: DiscoveryV1Defaults.SetObjectDefaults_EndpointSlice(slice); break;
            case CustomResourceDefinition crd: ApiExtensionsV1Defaults.SetObjectDefaults_CustomResourceDefinition(crd); break;
            case TokenRequest request: AuthenticationV1Defaults.SetDefaults_TokenRequestSpec(request.Spec); break;
        }
    }
}
