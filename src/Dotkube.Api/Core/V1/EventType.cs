namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="Event.Type"/>; upstream says new types may be added.</summary>
public static class EventType
{
    public const string Normal = "Normal";
    public const string Warning = "Warning";
}
