namespace Dotkube.Kubelet.Tests.Node;

/// <summary>A clock that moves only when a test sets <see cref="Now"/>.</summary>
public sealed class SteppedTime : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
