namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 KeyToPath: projects one key of a ConfigMap or Secret to a relative path.</summary>
public sealed class KeyToPath
{
    public string Key { get; set; } = "";

    public string Path { get; set; } = "";

    public int? Mode { get; set; }
}
