using System.Globalization;

using Dotkube.Api.Values;

namespace Dotkube.Api.Validation;

/// <summary>
/// One field-level validation failure. <see cref="ToString"/> prints upstream's text
/// (<c>spec.replicas: Invalid value: -1: must be greater than or equal to 0</c>), which
/// clients show verbatim, so the value formatting follows upstream's rules.
/// </summary>
public sealed class FieldError
{
    private FieldError(FieldErrorType type, string field, object? badValue, string detail, bool showValue)
    {
        Type = type;
        Field = field;
        BadValue = badValue;
        Detail = detail;
        ShowValue = showValue;
    }

    public FieldErrorType Type { get; }

    public string Field { get; }

    public object? BadValue { get; }

    public string Detail { get; }

    private bool ShowValue { get; }

    public static FieldError Required(FieldPath field, string detail = "") =>
        new(FieldErrorType.Required, field.ToString(), null, detail, false);

    public static FieldError Invalid(FieldPath field, object? value, string detail) =>
        new(FieldErrorType.Invalid, field.ToString(), value, detail, true);

    public static FieldError TypeInvalid(FieldPath field, object? value, string detail) =>
        new(FieldErrorType.TypeInvalid, field.ToString(), value, detail, true);

    public static FieldError NotFound(FieldPath field, object? value) =>
        new(FieldErrorType.NotFound, field.ToString(), value, "", true);

    public static FieldError Duplicate(FieldPath field, object? value) =>
        new(FieldErrorType.Duplicate, field.ToString(), value, "", true);

    /// <summary>The detail lists the supported values quoted, as upstream: <c>supported values: "Always", "Never"</c>.</summary>
    public static FieldError NotSupported(FieldPath field, object? value, IEnumerable<string> supported)
    {
        var quoted = supported.Select(GoStrings.Quote).ToList();
        var detail = quoted.Count == 0 ? "" : "supported values: " + string.Join(", ", quoted);
        return new(FieldErrorType.NotSupported, field.ToString(), value, detail, true);
    }

    public static FieldError Forbidden(FieldPath field, string detail) =>
        new(FieldErrorType.Forbidden, field.ToString(), null, detail, false);

    public static FieldError TooLong(FieldPath field, object? value, int maxLength) =>
        new(FieldErrorType.TooLong, field.ToString(), value,
            maxLength >= 0 ? $"may not be more than {maxLength} bytes" : "value is too long", false);

    public static FieldError TooMany(FieldPath field, int actual, int max) =>
        new(FieldErrorType.TooMany, field.ToString(), actual,
            max >= 0 ? $"must have at most {max} items" : "has too many items", actual >= 0);

    public static FieldError Internal(FieldPath field, string message) =>
        new(FieldErrorType.Internal, field.ToString(), null, message, false);

    /// <summary>The message without the field: what a StatusCause carries.</summary>
    public string Body()
    {
        var text = ShowValue ? $"{Type.Text()}: {GoValueFormatter.Format(BadValue)}" : Type.Text();
        return Detail.Length == 0 ? text : $"{text}: {Detail}";
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Field}: {Body()}");
}
