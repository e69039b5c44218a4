using System.Globalization;
using System.Text;

namespace Dotkube.Storage.Crasher;

/// <summary>
/// The value the crasher writes: <c>v:&lt;key&gt;:&lt;sequence&gt;</c>. It names its own key and a
/// per-key sequence that only grows, so a reader can tell a whole value from a torn or misplaced
/// one without knowing which writes were acknowledged.
/// </summary>
public static class DurableValue
{
    /// <summary>Every key the crasher touches lives under this prefix.</summary>
    public const string KeyPrefix = "/durability/";

    /// <summary>Fixed width, so no key is a prefix of another and a Range on one key returns only it.</summary>
    public static string Key(int index) => string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}k{index:D4}");

    public static byte[] Encode(string key, long sequence) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v:{key}:{sequence}"));

    /// <summary>The sequence in <paramref name="value"/>, or null unless it is exactly a value written for <paramref name="key"/>.</summary>
    public static long? TryDecode(string key, byte[] value)
    {
        var text = Encoding.UTF8.GetString(value);
        var expected = "v:" + key + ":";
        return text.StartsWith(expected, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(expected.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && Encode(key, sequence).AsSpan().SequenceEqual(value)
            ? sequence
            : null;
    }
}
