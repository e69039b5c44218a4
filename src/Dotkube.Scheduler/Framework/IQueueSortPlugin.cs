namespace Dotkube.Scheduler.Framework;

/// <summary>Orders the active queue (upstream QueueSortPlugin): every profile must use the same one.</summary>
public interface IQueueSortPlugin : IPlugin
{
    /// <summary>True when <paramref name="a"/> should be scheduled before <paramref name="b"/>.</summary>
    bool Less(QueuedPodInfo a, QueuedPodInfo b);
}
