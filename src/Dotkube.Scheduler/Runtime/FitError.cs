using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Runtime;

/// <summary>
/// Why no node fits (upstream framework.FitError and Diagnosis): each rejected node's status, the
/// status for the nodes PreFilter ruled out, and the PreFilter and PostFilter messages.
/// <see cref="Message"/> is the text users see in the PodScheduled condition and the
/// FailedScheduling event.
/// </summary>
public sealed class FitError(Pod pod, int allNodes)
{
    /// <summary>Upstream's message when there are no nodes at all.</summary>
    public const string NoNodesAvailable = "no nodes available to schedule pods";

    public Pod Pod { get; } = pod;

    public int AllNodes { get; } = allNodes;

    /// <summary>Status per node that was checked and rejected.</summary>
    public Dictionary<string, Status> NodeStatuses { get; } = new(StringComparer.Ordinal);

    /// <summary>The status of every node not in <see cref="NodeStatuses"/> (those a PreFilter result excluded), if any.</summary>
    public Status? AbsentNodesStatus { get; set; }

    /// <summary>Set when a PreFilter plugin rejected the pod; the per-node reasons are then left out.</summary>
    public string? PreFilterMessage { get; set; }

    /// <summary>PostFilter's message (preemption's "preemption: 0/N nodes are available: ..."), appended as is.</summary>
    public string? PostFilterMessage { get; set; }

    /// <summary>Plugins that rejected the pod; only events these plugins registered move it back to the active queue.</summary>
    public HashSet<string> UnschedulablePlugins { get; } = new(StringComparer.Ordinal);

    /// <summary>"0/N nodes are available: [PreFilter message.] [count reason, ... (sorted as strings).] [PostFilter message]".</summary>
    public string Message
    {
        get
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"0/{AllNodes} nodes are available:");
            if (!string.IsNullOrEmpty(PreFilterMessage))
            {
                message += $" {PreFilterMessage}.";
            }
            else
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var reason in NodeStatuses.Values.SelectMany(s => s.Reasons))
                    counts[reason] = counts.GetValueOrDefault(reason) + 1;
                if (AbsentNodesStatus is { } absent && NodeStatuses.Count < AllNodes)
                {
                    foreach (var reason in absent.Reasons)
                        counts[reason] = counts.GetValueOrDefault(reason) + AllNodes - NodeStatuses.Count;
                }

                // Upstream sorts the "<count> <reason>" strings themselves (Go's sort.Strings: byte order).
                var parts = counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Key}")).Order(StringComparer.Ordinal).ToList();
                if (parts.Count > 0)
                    message += $" {string.Join(", ", parts)}.";
            }

            if (!string.IsNullOrEmpty(PostFilterMessage))
                message += $" {PostFilterMessage}";
            return message;
        }
    }
}
