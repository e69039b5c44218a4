using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Runtime;

public sealed partial class ProfileRunner
{
    /// <summary>The profile's preEnqueue plugins (upstream's "preEnqueue" extension point).</summary>
    public IReadOnlyList<IPreEnqueuePlugin> PreEnqueue { get; }

    /// <summary>
    /// Upstream runPreEnqueuePlugins: the first plugin that does not return Success gates the pod;
    /// its status names it, so the queue can tell which plugin's events may release the pod.
    /// </summary>
    public Status RunPreEnqueue(Pod pod)
    {
        foreach (var plugin in PreEnqueue)
        {
            var status = plugin.PreEnqueue(pod);
            if (!status.IsSuccess)
                return status.WithPlugin(plugin.Name);
        }

        return Status.Success;
    }
}
