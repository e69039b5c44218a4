using System.Globalization;
using Dotkube.ApiServer;
using Dotkube.ApiServer.Admission;

namespace Dotkube.Cli;

/// <summary>
/// k3s's --kube-apiserver-arg: "flag=value" pairs with kube-apiserver's flag names, applied to the
/// server options. Only the flags dotkube's API server reads are accepted; anything else is an error.
/// </summary>
public static class ApiServerArgs
{
    public static void Apply(ApiServerOptions options, IEnumerable<string> args)
    {
        foreach (var arg in args)
        {
            var (flag, value) = ControllerManagerArgs.Split("--kube-apiserver-arg", arg);
            switch (flag)
            {
                case "default-not-ready-toleration-seconds":
                    options.DefaultNotReadyTolerationSeconds = Seconds(flag, value);
                    break;
                case "default-unreachable-toleration-seconds":
                    options.DefaultUnreachableTolerationSeconds = Seconds(flag, value);
                    break;
                case "enable-admission-plugins" or "disable-admission-plugins":
                    AdmissionPlugins.Apply(options.EnabledAdmissionPlugins, flag, value, enable: flag[0] == 'e');
                    break;
                case "service-account-issuer":
                    options.ServiceAccountIssuer = value;
                    break;
                case "api-audiences":
                    options.ApiAudiences = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                case "event-ttl":
                    options.EventTtl = ControllerManagerArgs.GoDuration(flag, value);
                    break;
                default:
                    throw new ArgumentException($"--kube-apiserver-arg: unknown or unsupported flag \"{flag}\"");
            }
        }
    }

    private static long Seconds(string flag, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"{flag} must be a whole number of seconds, got \"{text}\"");
}
