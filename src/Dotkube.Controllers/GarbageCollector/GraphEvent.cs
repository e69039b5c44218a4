using Dotkube.Api.Meta;

namespace Dotkube.Controllers.GarbageCollector;

/// <summary>One change for the dependency graph: the object's identity and, unless virtual, its metadata.</summary>
public sealed record GraphEvent(GraphEventKind Kind, ObjectIdentity Identity, ObjectMeta? Metadata = null);
