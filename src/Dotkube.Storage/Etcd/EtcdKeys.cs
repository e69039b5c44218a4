using System.Text;
using Google.Protobuf;

namespace Dotkube.Storage.Etcd;

/// <summary>Turns the contract's string keys into etcd key bytes under the configured prefix, and back.</summary>
internal sealed class EtcdKeys(string keyPrefix)
{
    public ByteString Key(string key) => ByteString.CopyFromUtf8(keyPrefix + key);

    /// <summary>The first key after <paramref name="key"/> in byte order: the key with a 0 byte appended.</summary>
    public ByteString After(string key) => ByteString.CopyFromUtf8(keyPrefix + key + "\0");

    public string FromEtcd(ByteString key)
    {
        var text = key.ToStringUtf8();
        return text.StartsWith(keyPrefix, StringComparison.Ordinal) ? text[keyPrefix.Length..] : text;
    }

    /// <summary>
    /// The exclusive end of every key starting with <paramref name="prefix"/>, as etcd clientv3's
    /// GetPrefixRangeEnd: the last byte below 0xff incremented and the rest dropped; "\0" (all
    /// keys from the start) when every byte is 0xff.
    /// </summary>
    public ByteString PrefixEnd(string prefix)
    {
        var bytes = Encoding.UTF8.GetBytes(keyPrefix + prefix);
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            if (bytes[i] < 0xff)
            {
                bytes[i]++;
                return ByteString.CopyFrom(bytes, 0, i + 1);
            }
        }

        return ByteString.CopyFrom([0]);
    }
}
