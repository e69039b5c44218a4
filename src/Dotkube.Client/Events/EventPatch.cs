using System.Globalization;
using System.Text.Json;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Client.Events;

/// <summary>
/// The patch that bumps a repeated event: count, lastTimestamp and message, the three fields
/// client-go's eventObserve diffs. A merge patch: they are scalars, so it equals upstream's strategic one.
/// </summary>
internal static class EventPatch
{
    public static byte[] For(Event e)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("count", e.Count ?? 1);
            writer.WriteString("lastTimestamp", e.LastTimestamp.UtcDateTime.ToString(TimeConverter.Format, CultureInfo.InvariantCulture));
            writer.WriteString("message", e.Message);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
