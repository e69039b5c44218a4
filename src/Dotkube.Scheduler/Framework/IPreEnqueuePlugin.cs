using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Framework;

/// <summary>
/// Decides whether a pod may enter the active queue at all (upstream PreEnqueuePlugin). It runs
/// every time the queue would make the pod active; a non-success status keeps the pod gated among
/// the unschedulable pods, without a scheduling attempt, until a pod update or a registered cluster
/// event runs it again. Called under the queue's lock from informer handlers: keep it cheap and
/// never call out to the API server.
/// </summary>
public interface IPreEnqueuePlugin : IPlugin
{
    Status PreEnqueue(Pod pod);
}
