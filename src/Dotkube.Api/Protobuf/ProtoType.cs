namespace Dotkube.Api.Protobuf;

/// <summary>The value type of a proto field: a scalar, a message, or a Go map.</summary>
internal enum ProtoType
{
    Double,
    Float,
    Int64,
    UInt64,
    Int32,
    Fixed64,
    Fixed32,
    Bool,
    String,
    Bytes,
    UInt32,
    SFixed32,
    SFixed64,
    SInt32,
    SInt64,
    Message,
    Map,
}
