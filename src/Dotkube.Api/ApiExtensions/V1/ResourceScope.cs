namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>Values of CustomResourceDefinitionSpec.scope.</summary>
public static class ResourceScope
{
    public const string Cluster = "Cluster";

    public const string Namespaced = "Namespaced";
}
