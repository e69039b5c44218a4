using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream rules for tolerations, taint effects and affinity.</summary>
public static partial class SchedulingValidation
{
    private static readonly string[] Effects = [TaintEffect.NoSchedule, TaintEffect.PreferNoSchedule, TaintEffect.NoExecute];

    /// <summary>Upstream ValidateTolerations.</summary>
    public static void ValidateTolerations(List<Toleration>? tolerations, FieldPath path, List<FieldError> errors)
    {
        for (var i = 0; i < (tolerations?.Count ?? 0); i++)
        {
            var toleration = tolerations![i];
            var at = path.Index(i);
            var key = toleration.Key ?? "";
            var op = toleration.Operator ?? "";
            var effect = toleration.Effect ?? "";
            var value = toleration.Value ?? "";
            if (key.Length > 0)
            {
                QualifiedName(key, at.Child("key"), errors);
            }

            // An empty key with Exists matches every taint.
            if (key.Length == 0 && op != TolerationOperator.Exists)
            {
                errors.Add(FieldError.Invalid(at.Child("operator"), op,
                    "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
            }

            if (toleration.TolerationSeconds is not null && effect != TaintEffect.NoExecute)
            {
                errors.Add(FieldError.Invalid(at.Child("effect"), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
            }

            switch (op)
            {
                case TolerationOperator.Equal or "":
                    var messages = NameValidation.IsValidLabelValue(value);
                    if (messages.Count > 0)
                    {
                        errors.Add(FieldError.Invalid(at.Child("operator"), value, string.Join(";", messages)));
                    }

                    break;
                case TolerationOperator.Exists:
                    if (value.Length > 0)
                    {
                        errors.Add(FieldError.Invalid(at.Child("operator"), value, "value must be empty when `operator` is 'Exists'"));
                    }

                    break;
                default:
                    errors.Add(FieldError.NotSupported(at.Child("operator"), op, [TolerationOperator.Equal, TolerationOperator.Exists]));
                    break;
            }

            // An empty effect matches every effect.
            if (effect.Length > 0)
            {
                ValidateTaintEffect(effect, at.Child("effect"), errors);
            }
        }
    }

    /// <summary>Upstream validateTaintEffect for a set effect.</summary>
    public static void ValidateTaintEffect(string effect, FieldPath path, List<FieldError> errors)
    {
        if (effect.Length == 0)
        {
            errors.Add(FieldError.Required(path));
        }
        else if (!Effects.Contains(effect))
        {
            errors.Add(FieldError.NotSupported(path, effect, Effects));
        }
    }

    /// <summary>Upstream validateAffinity: node selector terms, weights 1-100, pod affinity terms.</summary>
    public static void ValidateAffinity(Affinity? affinity, FieldPath path, List<FieldError> errors)
    {
        if (affinity?.NodeAffinity is { } node)
        {
            var nodePath = path.Child("nodeAffinity");
            if (node.RequiredDuringSchedulingIgnoredDuringExecution is { } required)
            {
                ValidateNodeSelector(required, nodePath.Child("requiredDuringSchedulingIgnoredDuringExecution"), errors);
            }

            var preferred = node.PreferredDuringSchedulingIgnoredDuringExecution ?? [];
            for (var i = 0; i < preferred.Count; i++)
            {
                var at = nodePath.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(i);
                Weight(preferred[i].Weight, at.Child("weight"), errors);

                // Upstream always allows invalid label values in preferred terms.
                ValidateNodeSelectorTerm(preferred[i].Preference, at.Child("preference"), checkValues: false, errors);
            }
        }

        if (affinity?.PodAffinity is { } pod)
        {
            ValidatePodAffinityTerms(pod.RequiredDuringSchedulingIgnoredDuringExecution, pod.PreferredDuringSchedulingIgnoredDuringExecution,
                path.Child("podAffinity"), errors);
        }

        if (affinity?.PodAntiAffinity is { } anti)
        {
            ValidatePodAffinityTerms(anti.RequiredDuringSchedulingIgnoredDuringExecution, anti.PreferredDuringSchedulingIgnoredDuringExecution,
                path.Child("podAntiAffinity"), errors);
        }
    }

    /// <summary>Upstream ValidateNodeSelector: at least one term.</summary>
    public static void ValidateNodeSelector(NodeSelector selector, FieldPath path, List<FieldError> errors)
    {
        var terms = path.Child("nodeSelectorTerms");
        if (selector.NodeSelectorTerms.Count == 0)
        {
            errors.Add(FieldError.Required(terms, "must have at least one node selector term"));
            return;
        }

        for (var i = 0; i < selector.NodeSelectorTerms.Count; i++)
        {
            ValidateNodeSelectorTerm(selector.NodeSelectorTerms[i], terms.Index(i), checkValues: true, errors);
        }
    }

    private static void Weight(int weight, FieldPath path, List<FieldError> errors)
    {
        if (weight is <= 0 or > 100)
        {
            errors.Add(FieldError.Invalid(path, weight, "must be in the range 1-100"));
        }
    }

    private static void QualifiedName(string value, FieldPath path, List<FieldError> errors)
    {
        foreach (var message in NameValidation.IsQualifiedName(value))
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }
    }
}
