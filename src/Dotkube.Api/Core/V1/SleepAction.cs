namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SleepAction: a lifecycle hook that only waits.</summary>
public sealed class SleepAction
{
    public long Seconds { get; set; }
}
