using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.ApiServer.Admission;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

public sealed partial class ResourceHandler
{
    /// <summary>Upstream looks the default ServiceAccount up this often: the controller creates it just after the namespace.</summary>
    private const int DefaultServiceAccountAttempts = 10;

    /// <summary>The ServiceAccount admission plugin on pod creates, when enabled; <paramref name="name"/> is the name errors show.</summary>
    private async Task AdmitServiceAccountAsync(ApiRequest request, KubeObject obj, string name)
    {
        if (obj is not Pod pod || !_options.EnabledAdmissionPlugins.Contains(AdmissionPlugins.ServiceAccount))
        {
            return;
        }

        if (ServiceAccountAdmission.IsMirrorPod(pod))
        {
            if (ServiceAccountAdmission.ValidateMirrorPod(pod) is { } refused)
            {
                throw ApiErrors.Forbidden("", "pods", name, refused);
            }

            return;
        }

        var ns = request.Namespace;
        var accountName = ServiceAccountAdmission.DefaultName(pod);
        var serviceAccount = await ServiceAccountForAdmissionAsync(ns, accountName, request.Aborted)
            ?? throw ApiErrors.Forbidden("", "pods", name,
                $"error looking up service account {ns}/{accountName}: serviceaccount \"{accountName}\" not found");
        ServiceAccountAdmission.Admit(pod, serviceAccount, _names.RandomSuffix);
    }

    /// <summary>
    /// As upstream's getServiceAccount: the cache, then storage; the default ServiceAccount is
    /// looked for up to ten times, 100-200 ms apart, since its controller may not have made it yet.
    /// </summary>
    private async Task<ServiceAccount?> ServiceAccountForAdmissionAsync(string ns, string name, CancellationToken ct)
    {
        var attempts = name == ServiceAccountAdmission.DefaultServiceAccountName ? DefaultServiceAccountAttempts : 1;
        var interval = TimeSpan.FromMilliseconds(100 + Random.Shared.Next(100));
        for (var i = 0; i < attempts; i++)
        {
            if (i > 0)
            {
                await Task.Delay(interval, _time, ct);
            }

            if (await FindAsync(typeof(ServiceAccount), ns, name, ct) is ServiceAccount found)
            {
                return found;
            }
        }

        return null;
    }
}
