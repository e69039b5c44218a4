using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Core;

/// <summary>Upstream validateProbe, validateHandler and validateLifecycle, with the v1 defaults applied.</summary>
public static class ProbeValidation
{
    private const string MoreThanOneHandler = "may not specify more than 1 handler type";

    /// <summary>Liveness probes must use successThreshold 1.</summary>
    public static void ValidateLiveness(Probe? probe, FieldPath path, List<FieldError> errors) =>
        ValidateWithSuccessOne(probe, path, errors);

    /// <summary>Readiness probes may not set terminationGracePeriodSeconds.</summary>
    public static void ValidateReadiness(Probe? probe, FieldPath path, List<FieldError> errors)
    {
        if (probe is null)
        {
            return;
        }

        ValidateProbe(probe, path, errors);
        if (probe.TerminationGracePeriodSeconds is { } grace)
        {
            errors.Add(FieldError.Invalid(path.Child("terminationGracePeriodSeconds"), grace, "must not be set for readinessProbes"));
        }
    }

    /// <summary>Startup probes must use successThreshold 1.</summary>
    public static void ValidateStartup(Probe? probe, FieldPath path, List<FieldError> errors) =>
        ValidateWithSuccessOne(probe, path, errors);

    /// <summary>postStart and preStop each need exactly one handler; sleep must fit in the grace period.</summary>
    public static void ValidateLifecycle(Lifecycle lifecycle, long gracePeriod, FieldPath path, List<FieldError> errors)
    {
        if (lifecycle.PostStart is { } postStart)
        {
            ValidateHandler(postStart.Exec, postStart.HttpGet, postStart.TcpSocket, null, postStart.Sleep, gracePeriod, path.Child("postStart"), errors);
        }

        if (lifecycle.PreStop is { } preStop)
        {
            ValidateHandler(preStop.Exec, preStop.HttpGet, preStop.TcpSocket, null, preStop.Sleep, gracePeriod, path.Child("preStop"), errors);
        }
    }

    private static void ValidateWithSuccessOne(Probe? probe, FieldPath path, List<FieldError> errors)
    {
        if (probe is null)
        {
            return;
        }

        ValidateProbe(probe, path, errors);
        var success = probe.SuccessThreshold ?? 1;
        if (success != 1)
        {
            errors.Add(FieldError.Invalid(path.Child("successThreshold"), success, "must be 1"));
        }
    }

    private static void ValidateProbe(Probe probe, FieldPath path, List<FieldError> errors)
    {
        ValidateHandler(probe.Exec, probe.HttpGet, probe.TcpSocket, probe.Grpc, null, 0, path, errors);

        // v1 defaults: initialDelay 0, timeout 1, period 10, success 1, failure 3.
        NonNegative(probe.InitialDelaySeconds ?? 0, path.Child("initialDelaySeconds"), errors);
        NonNegative(probe.TimeoutSeconds ?? 1, path.Child("timeoutSeconds"), errors);
        NonNegative(probe.PeriodSeconds ?? 10, path.Child("periodSeconds"), errors);
        NonNegative(probe.SuccessThreshold ?? 1, path.Child("successThreshold"), errors);
        NonNegative(probe.FailureThreshold ?? 3, path.Child("failureThreshold"), errors);
        if (probe.TerminationGracePeriodSeconds is { } grace and <= 0)
        {
            errors.Add(FieldError.Invalid(path.Child("terminationGracePeriodSeconds"), grace, "must be greater than 0"));
        }
    }

    private static void ValidateHandler(
        ExecAction? exec, HTTPGetAction? httpGet, TCPSocketAction? tcpSocket, GRPCAction? grpc, SleepAction? sleep,
        long gracePeriod, FieldPath path, List<FieldError> errors)
    {
        var count = 0;
        if (exec is not null && Take(ref count, path.Child("exec"), errors) && exec.Command is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path.Child("exec", "command")));
        }

        if (httpGet is not null && Take(ref count, path.Child("httpGet"), errors))
        {
            ValidateHttpGet(httpGet, path.Child("httpGet"), errors);
        }

        if (tcpSocket is not null && Take(ref count, path.Child("tcpSocket"), errors))
        {
            ValidatePortNumOrName(tcpSocket.Port, path.Child("tcpSocket", "port"), errors);
        }

        if (grpc is not null && Take(ref count, path.Child("grpc"), errors))
        {
            ValidatePortNumOrName(grpc.Port, path.Child("grpc", "port"), errors);
        }

        // PodLifecycleSleepActionAllowZero is alpha and off in v1.32, so zero is rejected.
        if (sleep is not null && Take(ref count, path.Child("sleep"), errors) && (sleep.Seconds <= 0 || sleep.Seconds > gracePeriod))
        {
            errors.Add(FieldError.Invalid(path.Child("sleep"), sleep.Seconds,
                $"must be greater than 0 and less than terminationGracePeriodSeconds ({gracePeriod}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep."));
        }

        if (count == 0)
        {
            errors.Add(FieldError.Required(path, "must specify a handler type"));
        }
    }

    /// <summary>Counts a handler; every one after the first is Forbidden and not validated further.</summary>
    private static bool Take(ref int count, FieldPath path, List<FieldError> errors)
    {
        if (count++ == 0)
        {
            return true;
        }

        errors.Add(FieldError.Forbidden(path, MoreThanOneHandler));
        return false;
    }

    private static void ValidateHttpGet(HTTPGetAction action, FieldPath path, List<FieldError> errors)
    {
        // path is defaulted to "/" and scheme to HTTP upstream.
        if (action.Path is { Length: 0 })
        {
            errors.Add(FieldError.Required(path.Child("path")));
        }

        ValidatePortNumOrName(action.Port, path.Child("port"), errors);
        if (!string.IsNullOrEmpty(action.Scheme) && action.Scheme is not ("HTTP" or "HTTPS"))
        {
            errors.Add(FieldError.NotSupported(path.Child("scheme"), action.Scheme, ["HTTP", "HTTPS"]));
        }

        foreach (var header in action.HttpHeaders ?? [])
        {
            foreach (var message in NameValidation.IsHTTPHeaderName(header.Name))
            {
                errors.Add(FieldError.Invalid(path.Child("httpHeaders"), header.Name, message));
            }
        }
    }

    /// <summary>Upstream ValidatePortNumOrName: 1-65535 or an IANA_SVC_NAME.</summary>
    public static void ValidatePortNumOrName(IntOrString port, FieldPath path, List<FieldError> errors)
    {
        if (port.IsInt)
        {
            foreach (var message in NameValidation.IsValidPortNum(port.IntValue))
            {
                errors.Add(FieldError.Invalid(path, port.IntValue, message));
            }

            return;
        }

        foreach (var message in NameValidation.IsValidPortName(port.StringValue!))
        {
            errors.Add(FieldError.Invalid(path, port.StringValue, message));
        }
    }

    /// <summary>Upstream ValidateNonnegativeField.</summary>
    public static void NonNegative(long value, FieldPath path, List<FieldError> errors)
    {
        if (value < 0)
        {
            errors.Add(FieldError.Invalid(path, value, "must be greater than or equal to 0"));
        }
    }
}
