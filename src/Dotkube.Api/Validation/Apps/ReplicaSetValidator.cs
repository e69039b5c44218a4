using Dotkube.Api.Apps.V1;

namespace Dotkube.Api.Validation.Apps;

/// <summary>Upstream ValidateReplicaSet / ValidateReplicaSetUpdate; apps/v1 makes the selector immutable.</summary>
public sealed class ReplicaSetValidator : ObjectValidator<ReplicaSet>
{
    protected override void ValidateCreate(ReplicaSet obj, List<FieldError> errors)
    {
        var spec = obj.Spec;
        WorkloadValidation.NonNegative(spec.Replicas, Spec.Child("replicas"), errors);
        WorkloadValidation.NonNegative(spec.MinReadySeconds, Spec.Child("minReadySeconds"), errors);

        // As upstream: the ReplicaSet's empty-selector message names deployments.
        var selector = WorkloadValidation.ValidateRequiredSelector(spec.Selector, "deployment", Spec.Child("selector"), errors);
        if (selector is null)
        {
            errors.Add(FieldError.Invalid(Spec.Child("selector"), GoSyntax.Of(spec.Selector), "invalid label selector"));
        }
        else
        {
            WorkloadValidation.ValidateReplicatedTemplate(spec.Template, selector, "ReplicaSet", Spec.Child("template"), errors);
        }
    }

    protected override void ValidateUpdate(ReplicaSet obj, ReplicaSet old, List<FieldError> errors)
    {
        ValidateCreate(obj, errors);
        if (!ApiValues.Same(obj.Spec.Selector, old.Spec.Selector))
        {
            errors.Add(FieldError.Invalid(Spec.Child("selector"), GoSyntax.Of(obj.Spec.Selector), "field is immutable"));
        }
    }
}
