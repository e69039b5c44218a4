namespace Dotkube.Client.Runtime;

/// <summary>Metrics that go nowhere: the default when a controller is given none.</summary>
public sealed class NullControllerMetrics : IControllerMetrics
{
    public static readonly NullControllerMetrics Instance = new();

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

    public void Reconciled(string controller, string result, TimeSpan took)
    {
    }

    public void ReconcileError(string controller)
    {
    }
}
