using Dotkube.Api.Meta;

namespace Dotkube.Client.Rest;

/// <summary>
/// One decoded watch event. <see cref="Object"/> is set for every type but <see cref="WatchEventType.Error"/>,
/// which carries <see cref="Status"/> instead (410 Expired when the start resourceVersion was compacted:
/// relist, as client-go's reflector does).
/// </summary>
public sealed record WatchEvent<T>(WatchEventType Type, T? Object, Status? Status)
    where T : KubeObject;
