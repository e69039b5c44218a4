namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Lifecycle: container hooks run after start and before stop.</summary>
public sealed class Lifecycle
{
    public LifecycleHandler? PostStart { get; set; }

    public LifecycleHandler? PreStop { get; set; }
}
