namespace Dotkube.Controllers;

/// <summary>Every controller the manager can run, by upstream name, in start order.</summary>
public static class ControllerRegistry
{
    public static IReadOnlyList<(string Name, Func<ControllerContext, IManagedController> Create)> All { get; } =
    [
    ];

    public static IReadOnlyList<string> Names => [.. All.Select(c => c.Name)];
}
