using Dotkube.Api.Meta;

namespace Dotkube.Api.Validation;

/// <summary>Validates one kind on create and on update; implement through <see cref="ObjectValidator{T}"/>.</summary>
public interface IObjectValidator
{
    Type ObjectType { get; }

    IReadOnlyList<FieldError> ValidateCreate(KubeObject obj);

    IReadOnlyList<FieldError> ValidateUpdate(KubeObject obj, KubeObject old);
}
