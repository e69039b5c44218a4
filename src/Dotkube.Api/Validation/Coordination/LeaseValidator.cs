using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Coordination;

/// <summary>Upstream ValidateLease / ValidateLeaseUpdate (pkg/apis/coordination/validation).</summary>
public sealed class LeaseValidator : ObjectValidator<Lease>
{
    protected override void ValidateCreate(Lease obj, List<FieldError> errors)
    {
        var spec = obj.Spec;
        if (spec.LeaseDurationSeconds is <= 0)
        {
            errors.Add(FieldError.Invalid(Spec.Child("leaseDurationSeconds"), spec.LeaseDurationSeconds.Value, "must be greater than 0"));
        }

        if (spec.LeaseTransitions is < 0)
        {
            errors.Add(FieldError.Invalid(Spec.Child("leaseTransitions"), spec.LeaseTransitions.Value, "must be greater than or equal to 0"));
        }

        if (spec.Strategy is { } strategy)
        {
            // As upstream, the path names "strategy" twice.
            ValidateStrategy(strategy, Spec.Child("strategy", "strategy"), errors);
        }

        if (!string.IsNullOrEmpty(spec.PreferredHolder) && string.IsNullOrEmpty(spec.Strategy))
        {
            errors.Add(FieldError.Forbidden(Spec.Child("preferredHolder"), "may only be specified if `strategy` is defined"));
        }
    }

    /// <summary>Upstream ValidateCoordinatedLeaseStrategy: a built-in name, or a qualified "domain/name".</summary>
    private static void ValidateStrategy(string strategy, FieldPath path, List<FieldError> errors)
    {
        if (!strategy.Contains('/', StringComparison.Ordinal))
        {
            if (strategy != CoordinatedLeaseStrategy.OldestEmulationVersion)
            {
                errors.Add(FieldError.NotSupported(path, strategy, [CoordinatedLeaseStrategy.OldestEmulationVersion]));
            }

            return;
        }

        foreach (var message in NameValidation.IsQualifiedName(strategy))
        {
            errors.Add(FieldError.Invalid(path, strategy, message));
        }
    }
}
