namespace Dotkube.Api.Apps.V1;

/// <summary>The numbering of a StatefulSet's pods.</summary>
public sealed class StatefulSetOrdinals
{
    /// <summary>The ordinal of the first pod; pods are numbered start, start+1, and so on. Defaults to 0.</summary>
    /// <remarks>The first replica's index; upstream writes it even when 0.</remarks>
    public int Start { get; set; }
}
