using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream legacyValidateEvent, the only check ValidateEventCreate and ValidateEventUpdate apply
/// to core/v1 Events: the involved object's namespace agrees with the event's, and events with an
/// eventTime (the new style) carry reporting controller, instance, action and reason.
/// </summary>
public sealed class EventValidator : ObjectValidator<Event>
{
    private const int ReportingInstanceLengthLimit = 128;
    private const int ActionLengthLimit = 128;
    private const int ReasonLengthLimit = 128;
    private const int NoteLengthLimit = 1024;

    private static readonly FieldPath InvolvedNamespace = FieldPath.Root("involvedObject", "namespace");

    protected override void ValidateCreate(Event obj, List<FieldError> errors)
    {
        var ns = obj.Metadata.Namespace ?? "";
        var involved = obj.InvolvedObject.Namespace ?? "";
        if (obj.EventTime == default)
        {
            // Old clients write cluster-scoped objects' events to "default".
            var agrees = involved.Length == 0 ? ns is "" or "default" : ns == involved;
            if (!agrees)
            {
                errors.Add(FieldError.Invalid(InvolvedNamespace, involved, "does not match event.namespace"));
            }
        }
        else
        {
            if (involved.Length == 0 && ns is not ("default" or "kube-system"))
            {
                errors.Add(FieldError.Invalid(InvolvedNamespace, involved, "does not match event.namespace"));
            }

            ValidateReporting(obj, errors);
        }

        foreach (var message in NameValidation.IsDNS1123Subdomain(ns))
        {
            errors.Add(FieldError.Invalid(FieldPath.Root("namespace"), ns, message));
        }
    }

    private static void ValidateReporting(Event obj, List<FieldError> errors)
    {
        // The core/v1 field reportingComponent is upstream's internal ReportingController.
        var controller = FieldPath.Root("reportingController");
        if (obj.ReportingComponent.Length == 0)
        {
            errors.Add(FieldError.Required(controller));
        }

        foreach (var message in NameValidation.IsQualifiedName(obj.ReportingComponent))
        {
            errors.Add(FieldError.Invalid(controller, obj.ReportingComponent, message));
        }

        RequiredWithLimit(obj.ReportingInstance, "reportingInstance", ReportingInstanceLengthLimit, errors);
        RequiredWithLimit(obj.Action ?? "", "action", ActionLengthLimit, errors);
        RequiredWithLimit(obj.Reason ?? "", "reason", ReasonLengthLimit, errors);
        if (System.Text.Encoding.UTF8.GetByteCount(obj.Message ?? "") > NoteLengthLimit)
        {
            errors.Add(FieldError.Invalid(FieldPath.Root("message"), "", $"can have at most {NoteLengthLimit} characters"));
        }
    }

    /// <summary>Upstream counts bytes (Go len) and blanks the bad value.</summary>
    private static void RequiredWithLimit(string value, string field, int limit, List<FieldError> errors)
    {
        var path = FieldPath.Root(field);
        if (value.Length == 0)
        {
            errors.Add(FieldError.Required(path));
        }

        if (System.Text.Encoding.UTF8.GetByteCount(value) > limit)
        {
            errors.Add(FieldError.Invalid(path, "", $"can have at most {limit} characters"));
        }
    }
}
