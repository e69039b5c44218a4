namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="PersistentVolumeSpec.PersistentVolumeReclaimPolicy"/>.</summary>
public static class PersistentVolumeReclaimPolicy
{
    /// <summary>Deprecated upstream; the plugin must support recycling.</summary>
    public const string Recycle = "Recycle";
    public const string Delete = "Delete";
    public const string Retain = "Retain";
}
