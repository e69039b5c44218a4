namespace Dotkube.Api.Protobuf;

/// <summary>
/// A protobuf request body converted to JSON: the document (apiVersion and kind first) and the
/// type it names, ready for <see cref="Serialization.KubeDecoder"/>.
/// </summary>
public sealed record ProtobufBody(byte[] Json, string ApiVersion, string Kind);
