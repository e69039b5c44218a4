using System.Text;

namespace Dotkube.Storage.Sqlite;

/// <summary>
/// Keys are stored as UTF-8 BLOBs so that SQLite compares them bytewise, exactly as etcd orders
/// keys, and a prefix becomes the half-open range [prefix, prefixEnd).
/// </summary>
internal static class KeyBytes
{
    public static byte[] Encode(string key) => Encoding.UTF8.GetBytes(key);

    public static string Decode(byte[] key) => Encoding.UTF8.GetString(key);

    /// <summary>
    /// The smallest key above every key starting with <paramref name="prefix"/> (etcd's
    /// <c>clientv3.GetPrefixRangeEnd</c>): the last byte below 0xFF incremented; null when
    /// there is no upper bound (empty prefix).
    /// </summary>
    public static byte[]? PrefixEnd(byte[] prefix)
    {
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] < 0xFF)
            {
                var end = prefix[..(i + 1)];
                end[i]++;
                return end;
            }
        }

        return null;
    }
}
