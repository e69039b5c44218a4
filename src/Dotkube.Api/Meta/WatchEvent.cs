using System.Text.Json;

namespace Dotkube.Api.Meta;

/// <summary>metav1.WatchEvent: one line of a watch stream. Type is ADDED, MODIFIED, DELETED, BOOKMARK or ERROR.</summary>
public sealed class WatchEvent
{
    public string Type { get; set; } = "";

    public JsonElement Object { get; set; }
}
