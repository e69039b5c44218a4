using System.Globalization;

namespace Dotkube.Storage;

/// <summary>
/// The value of <c>--datastore-endpoint</c>, as k3s takes it: <c>sqlite:///abs/path/state.db</c>
/// for the embedded store, or etcd as <c>etcd://host:port[,host:port...]</c>, or as k3s spells it,
/// <c>http://host:port[,http://host:port...]</c>. A missing port is etcd's client port, 2379.
/// Parsing throws <see cref="ArgumentException"/> with a message meant for the person who typed it.
/// </summary>
public sealed class DatastoreEndpoint
{
    /// <summary>etcd's IANA client port, used when an etcd host names none.</summary>
    public const int DefaultEtcdPort = 2379;

    private const string SqliteScheme = "sqlite://";
    private const string EtcdScheme = "etcd://";
    private const string HttpScheme = "http://";
    private const string HttpsScheme = "https://";

    private DatastoreEndpoint(DatastoreKind kind, string? sqlitePath, IReadOnlyList<string> etcdEndpoints)
    {
        Kind = kind;
        SqlitePath = sqlitePath;
        EtcdEndpoints = etcdEndpoints;
    }

    public DatastoreKind Kind { get; }

    /// <summary>The database file, absolute (<see cref="DatastoreKind.Sqlite"/> only).</summary>
    public string? SqlitePath { get; }

    /// <summary>etcd client URLs, <c>http://host:port</c>, in the order given (<see cref="DatastoreKind.Etcd"/> only).</summary>
    public IReadOnlyList<string> EtcdEndpoints { get; }

    /// <summary>SQLite at <c>dataDir/server/db/state.db</c>, where k3s keeps its embedded database.</summary>
    public static DatastoreEndpoint Default(string dataDir)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDir);
        return Sqlite(Path.Combine(dataDir, "server", "db", "state.db"));
    }

    public static DatastoreEndpoint Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Path.IsPathFullyQualified(path))
        {
            throw new ArgumentException($"the SQLite database path must be absolute, got \"{path}\" (write sqlite:///abs/path/state.db)", nameof(path));
        }

        return new DatastoreEndpoint(DatastoreKind.Sqlite, Path.GetFullPath(path), []);
    }

    public static DatastoreEndpoint Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (text.Length == 0)
        {
            throw Bad(value, "it is empty: use sqlite:///path/state.db or etcd://host:port[,host:port...]");
        }

        if (text.StartsWith(SqliteScheme, StringComparison.OrdinalIgnoreCase))
        {
            return ParseSqlite(value, text[SqliteScheme.Length..]);
        }

        if (text.StartsWith(EtcdScheme, StringComparison.OrdinalIgnoreCase))
        {
            return ParseEtcd(value, text[EtcdScheme.Length..], schemePerItem: false);
        }

        if (text.StartsWith(HttpScheme, StringComparison.OrdinalIgnoreCase))
        {
            return ParseEtcd(value, text, schemePerItem: true);
        }

        if (text.StartsWith(HttpsScheme, StringComparison.OrdinalIgnoreCase))
        {
            throw Bad(value, "https:// etcd endpoints need TLS client settings, which dotkube does not support yet; use http:// or etcd://");
        }

        var scheme = text.Contains("://", StringComparison.Ordinal) ? text[..text.IndexOf("://", StringComparison.Ordinal)] : text;
        throw Bad(value, $"unknown scheme \"{scheme}\": use sqlite:///path/state.db, etcd://host:port[,host:port...] or http://host:port[,...]");
    }

    /// <summary>The canonical spelling: <c>sqlite:///path</c> or <c>etcd://host:port,host:port</c>.</summary>
    public override string ToString() => Kind == DatastoreKind.Sqlite
        ? SqliteScheme + SqlitePath
        : EtcdScheme + string.Join(',', EtcdEndpoints.Select(e => e[HttpScheme.Length..]));

    private static DatastoreEndpoint ParseSqlite(string value, string path)
    {
        // sqlite:///abs/path: the authority is empty and the path starts with '/'.
        if (path.Length == 0)
        {
            throw Bad(value, "no database path: write sqlite:///abs/path/state.db");
        }

        if (path.Contains('?', StringComparison.Ordinal))
        {
            throw Bad(value, "SQLite options after '?' are not supported: the store sets WAL and synchronous=FULL itself");
        }

        if (!path.StartsWith('/') || !Path.IsPathFullyQualified(path))
        {
            throw Bad(value, $"the SQLite database path must be absolute, got \"{path}\" (three slashes: sqlite:///abs/path/state.db)");
        }

        if (path.EndsWith('/'))
        {
            throw Bad(value, "the SQLite path names a directory; name the database file, e.g. .../state.db");
        }

        return new DatastoreEndpoint(DatastoreKind.Sqlite, Path.GetFullPath(path), []);
    }

    private static DatastoreEndpoint ParseEtcd(string value, string list, bool schemePerItem)
    {
        var endpoints = new List<string>();
        foreach (var raw in list.Split(','))
        {
            var item = raw.Trim();
            if (schemePerItem && item.StartsWith(HttpScheme, StringComparison.OrdinalIgnoreCase))
            {
                item = item[HttpScheme.Length..];
            }
            else if (schemePerItem && item.StartsWith(HttpsScheme, StringComparison.OrdinalIgnoreCase))
            {
                throw Bad(value, "https:// etcd endpoints need TLS client settings, which dotkube does not support yet");
            }

            if (item.Contains("://", StringComparison.Ordinal))
            {
                throw Bad(value, schemePerItem
                    ? $"\"{raw.Trim()}\" is not an http:// etcd endpoint; do not mix schemes in one list"
                    : $"\"{item}\": list etcd:// hosts as host:port, without a scheme of their own");
            }

            // k3s lists carry a trailing slash now and then (http://10.0.0.1:2379/).
            item = item.TrimEnd('/');
            if (item.Length == 0)
            {
                throw Bad(value, "empty etcd host in the list: write etcd://host:port[,host:port...]");
            }

            endpoints.Add(HttpScheme + ParseHostPort(value, item));
        }

        return new DatastoreEndpoint(DatastoreKind.Etcd, null, endpoints);
    }

    /// <summary><c>host</c>, <c>host:port</c>, <c>[v6]</c> or <c>[v6]:port</c>, returned as host:port.</summary>
    private static string ParseHostPort(string value, string item)
    {
        string host;
        string? port;
        if (item.StartsWith('['))
        {
            var close = item.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw Bad(value, $"unclosed '[' in etcd host \"{item}\"");
            }

            host = item[..(close + 1)];
            var rest = item[(close + 1)..];
            port = rest.Length == 0 ? null
                : rest[0] == ':' ? rest[1..]
                : throw Bad(value, $"unexpected \"{rest}\" after the IPv6 address in \"{item}\"");
        }
        else
        {
            var colon = item.LastIndexOf(':');
            host = colon < 0 ? item : item[..colon];
            port = colon < 0 ? null : item[(colon + 1)..];
            if (host.Contains(':', StringComparison.Ordinal))
            {
                throw Bad(value, $"etcd host \"{item}\" looks like an IPv6 address: put it in brackets, [addr]:port");
            }
        }

        if (host.Length == 0 || Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            throw Bad(value, $"\"{item}\" is not a valid etcd host[:port]");
        }

        var number = DefaultEtcdPort;
        if (port is not null
            && (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 65535))
        {
            throw Bad(value, $"bad port \"{port}\" in \"{item}\": a port is a number from 1 to 65535");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{host}:{number}");
    }

    private static ArgumentException Bad(string value, string reason) =>
        new($"datastore endpoint \"{value}\": {reason}", nameof(value));
}
