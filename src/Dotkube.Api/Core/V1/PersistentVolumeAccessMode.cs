namespace Dotkube.Api.Core.V1;

/// <summary>The values of accessModes on volumes and claims.</summary>
public static class PersistentVolumeAccessMode
{
    public const string ReadWriteOnce = "ReadWriteOnce";
    public const string ReadOnlyMany = "ReadOnlyMany";
    public const string ReadWriteMany = "ReadWriteMany";

    /// <summary>Cannot be combined with other access modes (upstream validation).</summary>
    public const string ReadWriteOncePod = "ReadWriteOncePod";
}
