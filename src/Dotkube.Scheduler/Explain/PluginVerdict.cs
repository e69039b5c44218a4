using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Explain;

/// <summary>One plugin's verdict on one node; <see cref="Stage"/> is "PreFilter" or "Filter", a skipped Filter has code Skip.</summary>
public sealed record PluginVerdict(string Plugin, string Stage, Status Status)
{
    public bool Rejects => Status.Code is not (Code.Success or Code.Skip);
}
