namespace Dotkube.Kubelet.Probes;

/// <summary>
/// One check's answer (upstream's probe.Result with its output): Warning is a success worth an
/// event (an HTTP redirect to another host); Error means the check could not run at all (a port
/// name that does not resolve, a runtime error), and its answer is thrown away.
/// </summary>
public sealed record ProbeOutcome(ProbeOutcome.Status Result, string Output)
{
    public enum Status
    {
        Success,
        Warning,
        Failure,
        Error,
    }

    public static ProbeOutcome Success(string output = "") => new(Status.Success, output);

    public static ProbeOutcome Warning(string output) => new(Status.Warning, output);

    public static ProbeOutcome Failure(string output) => new(Status.Failure, output);

    public static ProbeOutcome Error(string message) => new(Status.Error, message);
}
