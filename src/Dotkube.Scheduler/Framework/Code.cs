namespace Dotkube.Scheduler.Framework;

/// <summary>A plugin's verdict (upstream framework.Code).</summary>
public enum Code
{
    Success,

    /// <summary>Something went wrong inside the plugin or the cluster; the pod is retried with backoff.</summary>
    Error,

    /// <summary>The pod does not fit this node now; preemption may help.</summary>
    Unschedulable,

    /// <summary>The pod does not fit this node and preempting pods would not change that.</summary>
    UnschedulableAndUnresolvable,

    /// <summary>Permit only: hold the pod until allowed or timed out.</summary>
    Wait,

    /// <summary>PreFilter/PreScore: this plugin has nothing to do for this pod; its Filter/Score are skipped.</summary>
    Skip,

    /// <summary>PreBind/Bind: the plugin does not handle this pod; the next one decides.</summary>
    Pending,
}
