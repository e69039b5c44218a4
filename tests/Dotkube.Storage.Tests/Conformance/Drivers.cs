namespace Dotkube.Storage.Tests.Conformance;

/// <summary>The drivers every conformance theory runs against: adding a driver is one line in each member.</summary>
public static class Drivers
{
    /// <summary>Member data for <c>[MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]</c>.</summary>
    public static TheoryData<string> All => ["sqlite", "etcd"];

    public static IStoreDriver Create(string name) => name switch
    {
        "sqlite" => new SqliteDriver(),
        "etcd" => new EtcdDriver(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown storage driver"),
    };
}
