using Dotkube.Storage;

namespace Dotkube.Bench.Storage;

/// <summary>A driver under test: its report name and how to open a fresh store for one phase in a scratch directory.</summary>
public sealed record StoreDriver(string Name, Func<string, Task<IKeyValueStore>> Open);
