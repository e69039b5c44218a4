using System.Text;

namespace Dotkube.Api.Protobuf;

/// <summary>
/// Proto strings as Go sees them: bytes that are usually, but not necessarily, UTF-8. Go's JSON
/// encoder writes invalid sequences as U+FFFD, and so does <see cref="Encoding.UTF8"/>.
/// </summary>
internal static class Utf8Text
{
    public static string Decode(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? "" : Encoding.UTF8.GetString(bytes);
}
