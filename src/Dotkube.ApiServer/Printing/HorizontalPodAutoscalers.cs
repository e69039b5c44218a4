using Dotkube.Api.Meta;
using V1 = Dotkube.Api.Autoscaling.V1;
using V2 = Dotkube.Api.Autoscaling.V2;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// printHorizontalPodAutoscaler: NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE, for
/// autoscaling/v1 and v2 alike: upstream prints the internal (v2-shaped) object either way,
/// so a v1 object is printed through the metrics it converts to.
/// </summary>
internal static class HorizontalPodAutoscalers
{
    /// <summary>The CPU target upstream's v2 defaulting gives an autoscaler without metrics.</summary>
    private const int DefaultCpuUtilization = 80;

    public static TablePrinter Printer { get; } = TablePrinter.ForAny(
        [
            Column.Name(),
            Column.String("Reference", SwaggerDocs.HpaSpecScaleTargetRef),
            Column.String("Targets", SwaggerDocs.HpaSpecMetrics),
            Column.String("MinPods", SwaggerDocs.HpaSpecMinReplicas),
            Column.String("MaxPods", SwaggerDocs.HpaSpecMaxReplicas),
            Column.String("Replicas", SwaggerDocs.HpaStatusCurrentReplicas),
            Column.Age(),
        ],
        (obj, row) =>
        {
            switch (obj)
            {
                case V2.HorizontalPodAutoscaler hpa:
                    Print(row, hpa.Metadata, hpa.Spec.ScaleTargetRef.Kind, hpa.Spec.ScaleTargetRef.Name,
                        HpaMetrics.Format(hpa.Spec.Metrics, hpa.Status.CurrentMetrics),
                        hpa.Spec.MinReplicas, hpa.Spec.MaxReplicas, hpa.Status.CurrentReplicas ?? 0);
                    break;
                case V1.HorizontalPodAutoscaler hpa:
                    Print(row, hpa.Metadata, hpa.Spec.ScaleTargetRef.Kind, hpa.Spec.ScaleTargetRef.Name,
                        V1Metrics(hpa), hpa.Spec.MinReplicas, hpa.Spec.MaxReplicas, hpa.Status.CurrentReplicas);
                    break;
                default:
                    throw new ArgumentException($"not a HorizontalPodAutoscaler: {obj.GetType().Name}", nameof(obj));
            }
        });

    private static void Print(Row row, ObjectMeta metadata, string kind, string name, string metrics, int? min, int max, int current) =>
        row.Add(metadata.Name)
            .Add(kind + "/" + name)
            .Add(metrics)
            .Add(min is { } minimum ? Format.Int(minimum) : Format.Unset)
            .Add(max)
            .Add(current)
            .Age(metadata.CreationTimestamp);

    /// <summary>
    /// The v1 CPU target and current utilization as the v2 resource metric they convert to;
    /// without a target, the 80% CPU metric v2 defaulting adds.
    /// </summary>
    private static string V1Metrics(V1.HorizontalPodAutoscaler hpa)
    {
        var spec = new V2.MetricSpec
        {
            Type = "Resource",
            Resource = new V2.ResourceMetricSource
            {
                Name = "cpu",
                Target = new V2.MetricTarget
                {
                    Type = "Utilization",
                    AverageUtilization = hpa.Spec.TargetCPUUtilizationPercentage ?? DefaultCpuUtilization,
                },
            },
        };
        List<V2.MetricStatus> current = hpa.Status.CurrentCPUUtilizationPercentage is { } utilization
            ? [new V2.MetricStatus
            {
                Type = "Resource",
                Resource = new V2.ResourceMetricStatus { Name = "cpu", Current = new V2.MetricValueStatus { AverageUtilization = utilization } },
            }]
            : [];
        return HpaMetrics.Format([spec], current);
    }
}
