namespace Dotkube.Scheduler.Plugins.NodeResourcesFit;

/// <summary>
/// One resource the node lacks for a pod (upstream InsufficientResource). Unresolvable: the pod
/// asks more than the node's allocatable, so evicting other pods would not help.
/// </summary>
public sealed record InsufficientResource(string ResourceName, string Reason, bool Unresolvable);
