namespace Dotkube.Api.Apps.V1;

public sealed class StatefulSetOrdinals
{
    /// <summary>The first replica's index; upstream writes it even when 0.</summary>
    public int Start { get; set; }
}
