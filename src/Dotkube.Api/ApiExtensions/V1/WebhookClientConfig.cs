namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 WebhookClientConfig: exactly one of url and service.</summary>
public sealed class WebhookClientConfig
{
    /// <summary>An https URL without user info, query or fragment.</summary>
    public string? Url { get; set; }

    public ServiceReference? Service { get; set; }

    /// <summary>PEM bundle, base64 on the wire; absent means the system roots.</summary>
    public byte[]? CaBundle { get; set; }
}
