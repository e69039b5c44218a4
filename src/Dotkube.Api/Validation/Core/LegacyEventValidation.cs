using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Core;

/// <summary>
/// Upstream legacyValidateEvent, which every Event passes whichever API wrote it (core/v1 or
/// events.k8s.io/v1): the involved object's namespace agrees with the event's, and events with
/// an eventTime (the new style) carry reporting controller, instance, action and reason. Paths
/// are upstream's internal field names, which both APIs report.
/// </summary>
internal static class LegacyEventValidation
{
    private const int ReportingInstanceLengthLimit = 128;
    private const int ActionLengthLimit = 128;
    private const int ReasonLengthLimit = 128;
    private const int NoteLengthLimit = 1024;

    private static readonly FieldPath InvolvedNamespace = FieldPath.Root("involvedObject", "namespace");

    /// <summary>The fields of an event that the legacy rules read, whichever API it came from.</summary>
    public readonly record struct Fields(
        string Namespace, string InvolvedNamespace, DateTimeOffset EventTime,
        string ReportingController, string ReportingInstance, string Action, string Reason, string Message);

    public static void Validate(Fields e, List<FieldError> errors)
    {
        if (e.EventTime == default)
        {
            // Old clients write cluster-scoped objects' events to "default".
            var agrees = e.InvolvedNamespace.Length == 0 ? e.Namespace is "" or "default" : e.Namespace == e.InvolvedNamespace;
            if (!agrees)
            {
                errors.Add(FieldError.Invalid(InvolvedNamespace, e.InvolvedNamespace, "does not match event.namespace"));
            }
        }
        else
        {
            if (e.InvolvedNamespace.Length == 0 && e.Namespace is not ("default" or "kube-system"))
            {
                errors.Add(FieldError.Invalid(InvolvedNamespace, e.InvolvedNamespace, "does not match event.namespace"));
            }

            ValidateReporting(e, errors);
        }

        foreach (var message in NameValidation.IsDNS1123Subdomain(e.Namespace))
        {
            errors.Add(FieldError.Invalid(FieldPath.Root("namespace"), e.Namespace, message));
        }
    }

    private static void ValidateReporting(Fields e, List<FieldError> errors)
    {
        var controller = FieldPath.Root("reportingController");
        if (e.ReportingController.Length == 0)
        {
            errors.Add(FieldError.Required(controller));
        }

        foreach (var message in NameValidation.IsQualifiedName(e.ReportingController))
        {
            errors.Add(FieldError.Invalid(controller, e.ReportingController, message));
        }

        RequiredWithLimit(e.ReportingInstance, "reportingInstance", ReportingInstanceLengthLimit, errors);
        RequiredWithLimit(e.Action, "action", ActionLengthLimit, errors);
        RequiredWithLimit(e.Reason, "reason", ReasonLengthLimit, errors);
        if (System.Text.Encoding.UTF8.GetByteCount(e.Message) > NoteLengthLimit)
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
