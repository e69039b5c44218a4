using System.Collections.Frozen;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// The registry: which printer serves which (group, resource). Upstream registers one
/// handler per internal type, and a resource served in several versions shares it, so the
/// key has no version. Everything not listed gets <see cref="DefaultTable"/>, as upstream.
/// </summary>
internal static class Printers
{
    private static readonly FrozenDictionary<(string Group, string Resource), TablePrinter> ByResource =
        new Dictionary<(string Group, string Resource), TablePrinter>
        {
            [("", "pods")] = Pods.Printer,
            [("", "podtemplates")] = PodTemplates.Printer,
            [("", "replicationcontrollers")] = ReplicationControllers.Printer,
            [("", "services")] = Services.Printer,
            [("", "endpoints")] = Endpoints.Printer,
            [("", "nodes")] = Nodes.Printer,
            [("", "namespaces")] = Namespaces.Printer,
            [("", "events")] = Events.CorePrinter,
            [("", "secrets")] = Secrets.Printer,
            [("", "serviceaccounts")] = ServiceAccounts.Printer,
            [("", "configmaps")] = ConfigMaps.Printer,
            [("", "persistentvolumes")] = PersistentVolumes.Printer,
            [("", "persistentvolumeclaims")] = PersistentVolumeClaims.Printer,
            [("", "resourcequotas")] = ResourceQuotas.Printer,
            [("apps", "deployments")] = Deployments.Printer,
            [("apps", "replicasets")] = ReplicaSets.Printer,
            [("apps", "statefulsets")] = StatefulSets.Printer,
            [("apps", "daemonsets")] = DaemonSets.Printer,
            [("apps", "controllerrevisions")] = ControllerRevisions.Printer,
            [("batch", "jobs")] = Jobs.Printer,
            [("batch", "cronjobs")] = CronJobs.Printer,
            [("autoscaling", "horizontalpodautoscalers")] = HorizontalPodAutoscalers.Printer,
            [("policy", "poddisruptionbudgets")] = PodDisruptionBudgets.Printer,
            [("scheduling.k8s.io", "priorityclasses")] = PriorityClasses.Printer,
            [("coordination.k8s.io", "leases")] = Leases.Printer,
            [("discovery.k8s.io", "endpointslices")] = EndpointSlices.Printer,
            [("networking.k8s.io", "ingresses")] = Ingresses.Printer,
            [("networking.k8s.io", "ingressclasses")] = IngressClasses.Printer,
            [("networking.k8s.io", "networkpolicies")] = NetworkPolicies.Printer,
            [("rbac.authorization.k8s.io", "rolebindings")] = RoleBindings.Printer,
            [("rbac.authorization.k8s.io", "clusterrolebindings")] = RoleBindings.ClusterPrinter,
            [("storage.k8s.io", "storageclasses")] = StorageClasses.Printer,

            // events.k8s.io shares core/v1's storage and so its printer.
            [("events.k8s.io", "events")] = Events.EventsV1Printer,
        }.ToFrozenDictionary();

    public static TablePrinter Find(string group, string resource) =>
        ByResource.GetValueOrDefault((group, resource)) ?? DefaultTable.Printer;

    /// <summary>True when the resource has its own printer rather than the default table.</summary>
    public static bool HasOwnPrinter(string group, string resource) => ByResource.ContainsKey((group, resource));
}
