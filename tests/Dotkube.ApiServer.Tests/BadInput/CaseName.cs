using Xunit.Abstractions;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// A theory row's argument: the case name, serializable so every case is its own test, and
/// shown whole (xUnit cuts string arguments at 50 characters; an object shows its ToString).
/// </summary>
public sealed class CaseName : IXunitSerializable
{
    public CaseName()
    {
    }

    public CaseName(string value) => Value = value;

    public string Value { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info) => Value = info.GetValue<string>(nameof(Value));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Value), Value);

    public override string ToString() => Value;
}
