using System.Text.Json;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>An immutable snapshot of controller state (StatefulSet and DaemonSet history); data is opaque.</summary>
[KubeKind("apps", "v1", "controllerrevisions")]
public sealed class ControllerRevision : KubeObject
{
    public JsonElement? Data { get; set; }

    public long Revision { get; set; }
}
