using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Api.Defaulting;

internal static partial class CoreV1Defaults
{
    /// <summary>The label upstream puts on every named namespace (v1.LabelMetadataName).</summary>
    public const string LabelMetadataName = "kubernetes.io/metadata.name";

    public static void SetObjectDefaults_ReplicationController(ReplicationController controller)
    {
        SetDefaults_ReplicationController(controller);
        if (controller.Spec.Template is { } template)
        {
            SetPodTemplateSpecDefaults(template);
        }
    }

    /// <summary>As upstream SetDefaults_ReplicationController: selector and labels from the template's labels, replicas 1.</summary>
    public static void SetDefaults_ReplicationController(ReplicationController controller)
    {
        if (controller.Spec.Template?.Metadata.Labels is { Count: > 0 } labels)
        {
            if (controller.Spec.Selector is not { Count: > 0 })
            {
                controller.Spec.Selector = new Dictionary<string, string>(labels);
            }

            if (controller.Metadata.Labels is not { Count: > 0 })
            {
                controller.Metadata.Labels = new Dictionary<string, string>(labels);
            }
        }

        controller.Spec.Replicas ??= 1;
    }

    public static void SetObjectDefaults_Namespace(Namespace ns)
    {
        SetDefaults_Namespace(ns);
        SetDefaults_NamespaceStatus(ns.Status);
    }

    /// <summary>As upstream SetDefaults_Namespace: a named namespace carries its name as a label.</summary>
    public static void SetDefaults_Namespace(Namespace ns)
    {
        if (!IsUnset(ns.Metadata.Name))
        {
            ns.Metadata.Labels ??= [];
            ns.Metadata.Labels[LabelMetadataName] = ns.Metadata.Name!;
        }
    }

    public static void SetDefaults_NamespaceStatus(NamespaceStatus status) =>
        status.Phase = Or(status.Phase, NamespacePhase.Active);

    public static void SetObjectDefaults_Node(Node node)
    {
        SetDefaults_NodeStatus(node.Status);
        SetDefaults_ResourceList(node.Status.Capacity);
        SetDefaults_ResourceList(node.Status.Allocatable);
    }

    /// <summary>As upstream SetDefaults_NodeStatus: allocatable defaults to capacity.</summary>
    public static void SetDefaults_NodeStatus(NodeStatus status)
    {
        if (status.Allocatable is null && status.Capacity is not null)
        {
            status.Allocatable = new Dictionary<string, Quantity>(status.Capacity);
        }
    }

    public static void SetDefaults_Secret(Secret secret) => secret.Type = Or(secret.Type, SecretType.Opaque);

    public static void SetObjectDefaults_LimitRange(LimitRange limitRange)
    {
        foreach (var item in limitRange.Spec.Limits)
        {
            SetDefaults_LimitRangeItem(item);
            SetDefaults_ResourceList(item.Max);
            SetDefaults_ResourceList(item.Min);
            SetDefaults_ResourceList(item.Default);
            SetDefaults_ResourceList(item.DefaultRequest);
            SetDefaults_ResourceList(item.MaxLimitRequestRatio);
        }
    }

    /// <summary>
    /// As upstream SetDefaults_LimitRangeItem, for Container items only: default limit from max,
    /// then default request from the default limit, then from min.
    /// </summary>
    public static void SetDefaults_LimitRangeItem(LimitRangeItem item)
    {
        if (item.Type != LimitType.Container)
        {
            return;
        }

        item.Default = FillMissing(item.Default, item.Max);
        item.DefaultRequest = FillMissing(item.DefaultRequest, item.Default);
        item.DefaultRequest = FillMissing(item.DefaultRequest, item.Min);
    }

    public static void SetObjectDefaults_ResourceQuota(ResourceQuota quota)
    {
        SetDefaults_ResourceList(quota.Spec.Hard);
        SetDefaults_ResourceList(quota.Status.Hard);
        SetDefaults_ResourceList(quota.Status.Used);
    }

    /// <summary>Adds the keys of <paramref name="from"/> missing in <paramref name="into"/>; stays null when nothing is added.</summary>
    private static Dictionary<string, Quantity>? FillMissing(
        Dictionary<string, Quantity>? into,
        Dictionary<string, Quantity>? from)
    {
        foreach (var (name, quantity) in from ?? [])
        {
            into ??= [];
            into.TryAdd(name, quantity);
        }

        return into;
    }
}
