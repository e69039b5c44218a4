namespace Dotkube.Api.Core.V1;

/// <summary>The media an <see cref="EmptyDirVolumeSource"/> can be backed by.</summary>
public static class StorageMedium
{
    public const string Default = "";
    public const string Memory = "Memory";
    public const string HugePages = "HugePages";

    /// <summary>Prefix of the sized form, e.g. "HugePages-2Mi".</summary>
    public const string HugePagesPrefix = "HugePages-";
}
