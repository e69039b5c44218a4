namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EventSource: the component and node that reported an event.</summary>
public sealed class EventSource
{
    public string? Component { get; set; }

    public string? Host { get; set; }
}
