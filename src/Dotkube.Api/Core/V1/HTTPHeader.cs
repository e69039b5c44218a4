namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 HTTPHeader of an HTTP probe or hook; both fields required.</summary>
public sealed class HTTPHeader
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
