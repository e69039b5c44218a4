using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.ApiServer.Printing;

/// <summary>printPod: NAME READY STATUS RESTARTS AGE, wide IP NODE NOMINATED NODE READINESS GATES.</summary>
internal static partial class Pods
{
    public static TablePrinter Printer { get; } = TablePrinter.For<Pod>(
        [
            Column.Name(),
            Column.String("Ready", "The aggregate readiness state of this pod for accepting traffic."),
            Column.String("Status", "The aggregate status of the containers in this pod."),
            Column.String("Restarts", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
            Column.Age(),
            Column.String("IP", SwaggerDocs.PodStatusPodIP, Column.Wide),
            Column.String("Node", SwaggerDocs.PodSpecNodeName, Column.Wide),
            Column.String("Nominated Node", SwaggerDocs.PodStatusNominatedNodeName, Column.Wide),
            Column.String("Readiness Gates", SwaggerDocs.PodSpecReadinessGates, Column.Wide),
        ],
        Print);

    private static void Print(Pod pod, Row row)
    {
        var summary = Summarize(pod);
        var restarts = Format.Int(summary.Restarts);
        if (summary.Restarts != 0 && summary.LastRestart != default)
        {
            restarts += " (" + HumanDuration.Since(summary.LastRestart, row.Now) + " ago)";
        }

        row.Conditions = pod.Status.Phase switch
        {
            "Succeeded" => [Completed("Succeeded", "The pod has completed successfully.")],
            "Failed" => [Completed("Failed", "The pod failed.")],
            _ => null,
        };

        row.Add(pod.Metadata.Name)
            .Add(string.Create(CultureInfo.InvariantCulture, $"{summary.Ready}/{summary.Total}"))
            .Add(summary.Reason)
            .Add(restarts)
            .Age(pod.Metadata.CreationTimestamp)
            .Add(OrNone(PodIP(pod.Status)))
            .Add(OrNone(pod.Spec.NodeName))
            .Add(OrNone(pod.Status.NominatedNodeName))
            .Add(ReadinessGates(pod));
    }

    /// <summary>The internal type keeps only podIPs; v1's podIP alone converts into it.</summary>
    private static string? PodIP(PodStatus status) =>
        status.PodIPs is { Count: > 0 } ips ? ips[0].IP : status.PodIP;

    /// <summary>"true gates/all gates", counting the first condition of each gate's type.</summary>
    private static string ReadinessGates(Pod pod)
    {
        var gates = pod.Spec.ReadinessGates;
        if (gates is null || gates.Count == 0)
        {
            return Format.None;
        }

        var met = gates.Count(gate =>
            pod.Status.Conditions?.FirstOrDefault(c => c.Type == gate.ConditionType)?.Status == "True");
        return string.Create(CultureInfo.InvariantCulture, $"{met}/{gates.Count}");
    }

    private static TableRowCondition Completed(string reason, string message) =>
        new() { Type = "Completed", Status = "True", Reason = reason, Message = message };

    private static string OrNone(string? value) => string.IsNullOrEmpty(value) ? Format.None : value;
}
