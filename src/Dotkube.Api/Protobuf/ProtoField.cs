using System.Text.Json;

namespace Dotkube.Api.Protobuf;

/// <summary>One field of a <see cref="ProtoMessage"/>, with the JSON name upstream serializes it under.</summary>
internal sealed class ProtoField
{
    public ProtoField(int number, string jsonName, int index, ProtoType type)
    {
        Number = number;
        JsonName = jsonName;
        EncodedName = JsonEncodedText.Encode(jsonName);
        Index = index;
        Type = type;
    }

    public int Number { get; }

    public string JsonName { get; }

    /// <summary>Pre-escaped once, so writing a property name costs a copy.</summary>
    public JsonEncodedText EncodedName { get; }

    /// <summary>Position in <see cref="ProtoMessage.Fields"/>; the order fields are written in.</summary>
    public int Index { get; }

    public ProtoType Type { get; }

    public bool Repeated { get; init; }

    /// <summary>
    /// A Go pointer: present on the wire means set, even to zero (replicas: 0). Value fields are
    /// always written by gogo, so their zero value means "unset" and is left out of the JSON,
    /// as Go's omitempty leaves it out.
    /// </summary>
    public bool Pointer { get; init; }

    /// <summary>Embedded with json:",inline": the message's fields belong to the parent object.</summary>
    public bool Inline { get; init; }

    /// <summary>The message type, for <see cref="ProtoType.Message"/> fields.</summary>
    public ProtoMessage? Message { get; internal set; }

    /// <summary>Key type of a <see cref="ProtoType.Map"/> field.</summary>
    public ProtoType KeyType { get; init; }

    /// <summary>Value type of a <see cref="ProtoType.Map"/> field.</summary>
    public ProtoType ValueType { get; init; }

    /// <summary>Value message type of a map field whose <see cref="ValueType"/> is a message.</summary>
    public ProtoMessage? ValueMessage { get; internal set; }

    public override string ToString() => JsonName;
}
