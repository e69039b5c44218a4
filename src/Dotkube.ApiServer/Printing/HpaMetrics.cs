using System.Globalization;
using Dotkube.Api.Autoscaling.V2;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// formatHPAMetrics: "current/target" per metric spec, matched to the status by position;
/// resource metrics are named ("cpu: 40%/80%"), unknown currents print "&lt;unknown&gt;", and
/// after two metrics the rest are counted ("+ 1 more...").
/// </summary>
internal static class HpaMetrics
{
    private const int Shown = 2;
    private const string Unknown = "<unknown>";

    public static string Format(IReadOnlyList<MetricSpec>? specs, IReadOnlyList<MetricStatus>? statuses)
    {
        if (specs is null || specs.Count == 0)
        {
            return Printing.Format.None;
        }

        statuses ??= [];
        var shown = new List<string>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var status = i < statuses.Count ? statuses[i] : null;
            shown.Add(Describe(specs[i], status));
        }

        var text = string.Join(", ", shown.Take(Shown));
        return specs.Count > Shown
            ? text + " + " + (specs.Count - Shown).ToString(CultureInfo.InvariantCulture) + " more..."
            : text;
    }

    private static string Describe(MetricSpec spec, MetricStatus? status)
    {
        switch (spec.Type)
        {
            case "External" when spec.External is { } external:
                return ValueOrAverage(external.Target, status?.External?.Current);
            case "Pods" when spec.Pods is { } pods:
                return (status?.Pods is { } podsStatus ? Q(podsStatus.Current.AverageValue) : Unknown) + "/" + Q(pods.Target.AverageValue);
            case "Object" when spec.Object is { } obj:
                return ValueOrAverage(obj.Target, status?.Object?.Current);
            case "Resource" when spec.Resource is { } resource:
                return resource.Name + ": " + Utilization(resource.Target, status?.Resource?.Current, status?.Resource is not null);
            case "ContainerResource" when spec.ContainerResource is { } container:
                return container.Name + ": " + Utilization(container.Target, status?.ContainerResource?.Current, status?.ContainerResource is not null);
            default:
                return "<unknown type>";
        }
    }

    /// <summary>External and object metrics: an average-value target prints "(avg)".</summary>
    private static string ValueOrAverage(MetricTarget target, MetricValueStatus? current)
    {
        if (target.AverageValue is not null)
        {
            var average = current?.AverageValue is { } value ? value.ToString() : Unknown;
            return average + "/" + target.AverageValue + " (avg)";
        }

        return (current is null ? Unknown : Q(current.Value)) + "/" + Q(target.Value);
    }

    /// <summary>Resource metrics: an average value, else a utilization percentage ("&lt;auto&gt;" without a target).</summary>
    private static string Utilization(MetricTarget target, MetricValueStatus? current, bool reported)
    {
        if (target.AverageValue is not null)
        {
            return (reported ? Q(current?.AverageValue) : Unknown) + "/" + target.AverageValue;
        }

        var now = current?.AverageUtilization is { } percent ? Percent(percent) : Unknown;
        var goal = target.AverageUtilization is { } wanted ? Percent(wanted) : "<auto>";
        return now + "/" + goal;
    }

    private static string Percent(int value) => value.ToString(CultureInfo.InvariantCulture) + "%";

    private static string Q(Api.Values.Quantity? quantity) => Printing.Format.Quantity(quantity);
}
