namespace Dotkube.Api.Protobuf;

/// <summary>A proto message type: its fields in JSON order, and a lookup by field number.</summary>
internal sealed class ProtoMessage
{
    private ProtoField?[] _byNumber = [];

    public ProtoMessage(string fullName, ProtoSpecial special)
    {
        FullName = fullName;
        Special = special;
    }

    /// <summary>Fully qualified proto name, e.g. k8s.io.api.core.v1.PodSpec.</summary>
    public string FullName { get; }

    public ProtoSpecial Special { get; }

    public IReadOnlyList<ProtoField> Fields { get; private set; } = [];

    /// <summary>The field with this number, or null for fields this table does not know (skipped).</summary>
    public ProtoField? Field(int number) =>
        (uint)number < (uint)_byNumber.Length ? _byNumber[number] : null;

    internal void SetFields(List<ProtoField> fields)
    {
        // Field numbers in Kubernetes protos are small and dense (the largest is 44), so a
        // direct-indexed array beats a dictionary on the per-field hot path.
        var max = fields.Count == 0 ? 0 : fields.Max(f => f.Number);
        _byNumber = new ProtoField?[max + 1];
        foreach (var field in fields)
        {
            _byNumber[field.Number] = field;
        }

        Fields = fields;
    }

    public override string ToString() => FullName;
}
