namespace Dotkube.Client.Queue;

internal sealed class NullWorkQueueMetrics : IWorkQueueMetrics
{
    public static readonly NullWorkQueueMetrics Instance = new();

    public void Added(string queue)
    {
    }

    public void SetDepth(string queue, int depth)
    {
    }

    public void Retried(string queue)
    {
    }

    public void ObserveQueueDuration(string queue, TimeSpan waited)
    {
    }

    public void ObserveWorkDuration(string queue, TimeSpan worked)
    {
    }
}
