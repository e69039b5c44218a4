using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream ValidatePodBinding: a pod binds to a named Node.</summary>
public sealed class BindingValidator : ObjectValidator<Binding>
{
    /// <summary>Upstream validates only the target: the binding's metadata names the pod being bound.</summary>
    protected override void ValidateMetadata(Binding obj, List<FieldError> errors)
    {
    }

    protected override void ValidateCreate(Binding obj, List<FieldError> errors)
    {
        var kind = obj.Target.Kind ?? "";
        if (kind.Length > 0 && kind != "Node")
        {
            errors.Add(FieldError.NotSupported(FieldPath.Root("target", "kind"), kind, ["Node", "<empty>"]));
        }

        if (string.IsNullOrEmpty(obj.Target.Name))
        {
            errors.Add(FieldError.Required(FieldPath.Root("target", "name")));
        }
    }
}
