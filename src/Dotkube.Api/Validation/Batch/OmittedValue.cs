namespace Dotkube.Api.Validation.Batch;

/// <summary>
/// Upstream's field.OmitValueType: an Invalid error printed without its value
/// ("rules[0]: Invalid value: specifying one of ..."). FieldError always prints a value, so the
/// detail is carried as the value and the detail left empty, which prints the same text.
/// </summary>
internal sealed class OmittedValue
{
    private readonly string _detail;

    private OmittedValue(string detail) => _detail = detail;

    public static FieldError Invalid(FieldPath path, string detail) => FieldError.Invalid(path, new OmittedValue(detail), "");

    public override string ToString() => _detail;
}
