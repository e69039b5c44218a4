namespace Dotkube.Scheduler.Explain;

/// <summary>A Score plugin's normalized score for one node and the profile's weight for it.</summary>
public sealed record PluginScore(string Plugin, long Score, int Weight)
{
    public long Weighted => Score * Weight;
}
