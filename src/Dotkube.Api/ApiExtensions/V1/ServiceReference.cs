namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 ServiceReference: the in-cluster Service a webhook runs behind.</summary>
public sealed class ServiceReference
{
    public string Namespace { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Path { get; set; }

    /// <summary>Defaults to 443.</summary>
    public int? Port { get; set; }
}
