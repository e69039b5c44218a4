namespace Dotkube.Api.Batch.V1;

/// <summary>Values of <c>JobSpec.completionMode</c>.</summary>
public static class CompletionMode
{
    public const string NonIndexed = "NonIndexed";
    public const string Indexed = "Indexed";
}
