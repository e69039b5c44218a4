using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;

namespace Dotkube.Api.Validation.Apps;

/// <summary>
/// Upstream ValidateStatefulSet / ValidateStatefulSetUpdate. Names are DNS labels because pod
/// names derive from them. The pod template is checked as upstream: selector match, labels and
/// annotations only (upstream leaves the pod spec to the pods).
/// </summary>
public sealed class StatefulSetValidator : ObjectValidator<StatefulSet>
{
    public const string ForbiddenUpdateDetail =
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

    protected override NameRule NameRule => NameRule.Label;

    protected override void ValidateCreate(StatefulSet obj, List<FieldError> errors) => ValidateSpec(obj.Spec, errors);

    protected override void ValidateUpdate(StatefulSet obj, StatefulSet old, List<FieldError> errors)
    {
        ValidateSpec(obj.Spec, errors);
        if (!SameOutsideMutableFields(obj.Spec, old.Spec))
        {
            errors.Add(FieldError.Forbidden(Spec, ForbiddenUpdateDetail));
        }
    }

    private static void ValidateSpec(StatefulSetSpec spec, List<FieldError> errors)
    {
        switch (spec.PodManagementPolicy)
        {
            case null or PodManagementPolicyType.OrderedReady or PodManagementPolicyType.Parallel:
                break;
            case "":
                errors.Add(FieldError.Required(Spec.Child("podManagementPolicy")));
                break;
            default:
                errors.Add(FieldError.Invalid(Spec.Child("podManagementPolicy"), spec.PodManagementPolicy, "must be 'OrderedReady' or 'Parallel'"));
                break;
        }

        StatefulSetStrategyValidation.Validate(spec.UpdateStrategy, Spec.Child("updateStrategy"), errors);
        StatefulSetStrategyValidation.ValidateRetentionPolicy(spec.PersistentVolumeClaimRetentionPolicy, Spec.Child("persistentVolumeClaimRetentionPolicy"), errors);
        WorkloadValidation.NonNegative(spec.Replicas, Spec.Child("replicas"), errors);
        WorkloadValidation.NonNegative(spec.MinReadySeconds, Spec.Child("minReadySeconds"), errors);
        if (spec.Ordinals is { } ordinals)
        {
            // As upstream, the path is one step named "ordinals.start".
            WorkloadValidation.NonNegative(ordinals.Start, Spec.Child("ordinals.start"), errors);
        }

        var selector = WorkloadValidation.ValidateRequiredSelector(spec.Selector, "statefulset", Spec.Child("selector"), errors);
        if (selector is null)
        {
            errors.Add(FieldError.Invalid(Spec.Child("selector"), GoSyntax.Of(spec.Selector), ""));
        }
        else
        {
            ValidateTemplate(spec.Template, selector, Spec.Child("template"), errors);
        }

        WorkloadValidation.RequireAlwaysRestart(spec.Template, Spec.Child("template", "spec"), errors);
        WorkloadValidation.ForbidActiveDeadline(spec.Template, "StatefulSet", Spec.Child("template", "spec"), errors);
    }

    private static void ValidateTemplate(PodTemplateSpec template, Selector selector, FieldPath path, List<FieldError> errors)
    {
        if (!selector.IsEmpty && !selector.Matches(template.Metadata.Labels))
        {
            errors.Add(FieldError.Invalid(path.Child("metadata", "labels"), WorkloadValidation.LabelsValue(template), WorkloadValidation.SelectorMismatchDetail));
        }

        // Upstream's paths here skip "metadata" (template.labels), unlike the other workloads.
        LabelValidation.ValidateLabels(template.Metadata.Labels, path.Child("labels"), errors);
        ObjectMetaValidation.ValidateAnnotations(template.Metadata.Annotations, path.Child("annotations"), errors);
    }

    /// <summary>Compares the specs with the fields an update may change copied from the old one.</summary>
    private static bool SameOutsideMutableFields(StatefulSetSpec spec, StatefulSetSpec old)
    {
        var copy = ApiValues.Clone(spec);
        copy.Replicas = old.Replicas;
        copy.Template = old.Template;
        copy.UpdateStrategy = old.UpdateStrategy;
        copy.MinReadySeconds = old.MinReadySeconds;
        copy.Ordinals = old.Ordinals;
        copy.PersistentVolumeClaimRetentionPolicy = old.PersistentVolumeClaimRetentionPolicy;
        return ApiValues.Same(copy, old);
    }
}
