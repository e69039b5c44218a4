namespace Dotkube.Client.Runtime;

/// <summary>The result label values of controller_runtime_reconcile_total, as upstream.</summary>
public static class ReconcileOutcome
{
    public const string Success = "success";
    public const string Error = "error";
    public const string Requeue = "requeue";
    public const string RequeueAfter = "requeue_after";
}
