namespace Dotkube.Api.Core.V1;

/// <summary>The filters a quota can apply to the pods it tracks.</summary>
public static class ResourceQuotaScope
{
    /// <summary>Pods with spec.activeDeadlineSeconds &gt;= 0.</summary>
    public const string Terminating = "Terminating";

    /// <summary>Pods without spec.activeDeadlineSeconds.</summary>
    public const string NotTerminating = "NotTerminating";

    public const string BestEffort = "BestEffort";
    public const string NotBestEffort = "NotBestEffort";
    public const string PriorityClass = "PriorityClass";
    public const string CrossNamespacePodAffinity = "CrossNamespacePodAffinity";
}
