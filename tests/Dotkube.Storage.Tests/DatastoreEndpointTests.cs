namespace Dotkube.Storage.Tests;

/// <summary>Parsing <c>--datastore-endpoint</c> as k3s spells it, and refusing what dotkube cannot use with a message that says why.</summary>
public sealed class DatastoreEndpointTests
{
    [Theory]
    [InlineData("sqlite:///var/lib/dotkube/server/db/state.db", "/var/lib/dotkube/server/db/state.db")]
    [InlineData("  sqlite:///tmp/x/../state.db ", "/tmp/state.db")]
    [InlineData("SQLite:///data/state.db", "/data/state.db")]
    public void Parse_Sqlite_TakesTheAbsolutePath(string value, string path)
    {
        var endpoint = DatastoreEndpoint.Parse(value);

        Assert.Equal(DatastoreKind.Sqlite, endpoint.Kind);
        Assert.Equal(path, endpoint.SqlitePath);
        Assert.Empty(endpoint.EtcdEndpoints);
        Assert.Equal("sqlite://" + path, endpoint.ToString());
    }

    [Theory]
    [InlineData("etcd://10.0.0.1:2379", "http://10.0.0.1:2379")]
    [InlineData("etcd://etcd-0.example:2379,etcd-1.example:32379", "http://etcd-0.example:2379 http://etcd-1.example:32379")]
    [InlineData("etcd://db", "http://db:2379")]
    [InlineData("etcd://[::1]:2379, [fd00::2]", "http://[::1]:2379 http://[fd00::2]:2379")]
    [InlineData("http://127.0.0.1:2379", "http://127.0.0.1:2379")]
    [InlineData("http://10.0.0.1:2379/,http://10.0.0.2:2379", "http://10.0.0.1:2379 http://10.0.0.2:2379")]
    [InlineData("http://10.0.0.1:2379,10.0.0.2:2379", "http://10.0.0.1:2379 http://10.0.0.2:2379")]
    public void Parse_Etcd_ListsEveryEndpointAsAClientUrl(string value, string endpoints)
    {
        var endpoint = DatastoreEndpoint.Parse(value);

        Assert.Equal(DatastoreKind.Etcd, endpoint.Kind);
        Assert.Null(endpoint.SqlitePath);
        Assert.Equal(endpoints.Split(' '), endpoint.EtcdEndpoints);
    }

    [Fact]
    public void ToString_Etcd_IsTheCanonicalEtcdSpelling()
    {
        Assert.Equal("etcd://a:2379,b:1", DatastoreEndpoint.Parse("http://a,http://b:1").ToString());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("   ", "is empty")]
    [InlineData("postgres://user@db/k3s", "unknown scheme \"postgres\"")]
    [InlineData("mysql://root@tcp(db:3306)/k3s", "unknown scheme \"mysql\"")]
    [InlineData("/var/lib/state.db", "unknown scheme")]
    [InlineData("https://10.0.0.1:2379", "TLS")]
    [InlineData("http://10.0.0.1:2379,https://10.0.0.2:2379", "TLS")]
    [InlineData("etcd://", "empty etcd host")]
    [InlineData("etcd://a:2379,,b:2379", "empty etcd host")]
    [InlineData("etcd://a:2379,", "empty etcd host")]
    [InlineData("etcd://a:http", "bad port \"http\"")]
    [InlineData("etcd://a:0", "bad port \"0\"")]
    [InlineData("etcd://a:65536", "bad port \"65536\"")]
    [InlineData("etcd://a:-1", "bad port \"-1\"")]
    [InlineData("etcd://a:", "bad port \"\"")]
    [InlineData("etcd://:2379", "not a valid etcd host")]
    [InlineData("etcd://a b:2379", "not a valid etcd host")]
    [InlineData("etcd://::1:2379", "brackets")]
    [InlineData("etcd://[::1", "unclosed")]
    [InlineData("etcd://http://a:2379", "without a scheme")]
    [InlineData("http://a:2379,etcd://b:2379", "do not mix schemes")]
    [InlineData("sqlite://", "no database path")]
    [InlineData("sqlite://state.db", "must be absolute")]
    [InlineData("sqlite://var/lib/state.db", "must be absolute")]
    [InlineData("sqlite:///var/lib/db/", "names a directory")]
    [InlineData("sqlite:///var/lib/state.db?_journal=WAL&cache=shared", "options after '?'")]
    public void Parse_BadInput_ThrowsArgumentExceptionSayingWhy(string value, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => DatastoreEndpoint.Parse(value));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{value}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsSqliteUnderTheDataDir_AsK3s()
    {
        var endpoint = DatastoreEndpoint.Default("/var/lib/dotkube");

        Assert.Equal(DatastoreKind.Sqlite, endpoint.Kind);
        Assert.Equal("/var/lib/dotkube/server/db/state.db", endpoint.SqlitePath);
    }

    [Fact]
    public void Sqlite_RelativePath_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => DatastoreEndpoint.Sqlite("db/state.db"));

        Assert.Contains("must be absolute", error.Message, StringComparison.Ordinal);
    }
}
