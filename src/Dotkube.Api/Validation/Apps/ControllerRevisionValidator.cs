using Dotkube.Api.Apps.V1;

namespace Dotkube.Api.Validation.Apps;

/// <summary>Upstream ValidateControllerRevision / ValidateControllerRevisionUpdate: data is required and immutable.</summary>
public sealed class ControllerRevisionValidator : ObjectValidator<ControllerRevision>
{
    protected override void ValidateCreate(ControllerRevision obj, List<FieldError> errors)
    {
        if (obj.Data is null)
        {
            errors.Add(FieldError.Required(FieldPath.Root("data"), "data is mandatory"));
        }

        WorkloadValidation.NonNegative(obj.Revision, FieldPath.Root("revision"), errors);
    }

    protected override void ValidateUpdate(ControllerRevision obj, ControllerRevision old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        var data = obj.Data?.GetRawText();
        if (data != old.Data?.GetRawText())
        {
            // Upstream prints the runtime.RawExtension; the JSON text is what it carries.
            errors.Add(FieldError.Invalid(FieldPath.Root("data"), GoSyntax.Raw(data ?? "null"), "field is immutable"));
        }
    }
}
