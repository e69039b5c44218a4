namespace Dotkube.Api.Validation;

/// <summary>
/// Why a field is invalid. Each maps one-to-one to a StatusCause reason ("FieldValueRequired")
/// and to the text upstream prints ("Required value"); see <see cref="FieldErrorTypes"/>.
/// </summary>
public enum FieldErrorType
{
    NotFound,
    Required,
    Duplicate,
    Invalid,
    NotSupported,
    Forbidden,
    TooLong,
    TooMany,
    Internal,
    TypeInvalid,
}
