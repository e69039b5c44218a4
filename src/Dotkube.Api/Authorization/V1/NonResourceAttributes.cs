namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization/v1 NonResourceAttributes: a request for a URL path such as /healthz.</summary>
public sealed class NonResourceAttributes
{
    public string? Path { get; set; }

    /// <summary>The lower-cased HTTP verb.</summary>
    public string? Verb { get; set; }
}
