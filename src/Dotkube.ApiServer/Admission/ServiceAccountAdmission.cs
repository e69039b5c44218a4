using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Admission;

/// <summary>
/// The ServiceAccount admission plugin (kube-apiserver, on by default), for pod creates: the pod
/// runs as serviceAccountName, "default" when unset, which must exist; unless the pod (else the
/// ServiceAccount) turns automountServiceAccountToken off, a projected kube-api-access-xxxxx
/// volume (a bound token, the cluster CA, the namespace) is mounted read-only at
/// <see cref="MountPath"/> in every init and app container that has nothing there yet; a pod
/// without imagePullSecrets gets the ServiceAccount's. Mirror pods (static pods the kubelet
/// reflects) are never changed, as upstream (the kubelet would see a different spec and delete
/// them); they may instead not name a ServiceAccount, secrets or token projections. A pod whose
/// nodeName is already set is admitted like any other, as upstream.
/// </summary>
public static class ServiceAccountAdmission
{
    public const string DefaultServiceAccountName = "default";

    /// <summary>Upstream's ServiceAccountVolumeName; the volume is this plus "-" and five random characters.</summary>
    public const string VolumeNamePrefix = "kube-api-access";

    /// <summary>Upstream's DefaultAPITokenMountPath, where client libraries look for in-cluster credentials.</summary>
    public const string MountPath = "/var/run/secrets/kubernetes.io/serviceaccount";

    public const string MirrorPodAnnotation = "kubernetes.io/config.mirror";

    /// <summary>The ConfigMap the root CA publisher keeps in every namespace.</summary>
    public const string RootCaConfigMap = "kube-root-ca.crt";

    /// <summary>Upstream's WarnOnlyBoundTokenExpirationSeconds: an hour and seven seconds, a value the API server recognises.</summary>
    public const long TokenExpirationSeconds = 3607;

    public static bool IsMirrorPod(Pod pod) => pod.Metadata.Annotations?.ContainsKey(MirrorPodAnnotation) == true;

    /// <summary>Why a mirror pod is refused, or null.</summary>
    public static string? ValidateMirrorPod(Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        if (!string.IsNullOrEmpty(pod.Spec.ServiceAccountName))
        {
            return "a mirror pod may not reference service accounts";
        }

        if (ReferencesSecrets(pod))
        {
            return "a mirror pod may not reference secrets";
        }

        return (pod.Spec.Volumes ?? []).Any(v => v.Projected?.Sources.Any(s => s.ServiceAccountToken is not null) == true)
            ? "a mirror pod may not use ServiceAccountToken volume projections"
            : null;
    }

    /// <summary>Defaults serviceAccountName (and mirrors it into the deprecated serviceAccount); returns the name to look up.</summary>
    public static string DefaultName(Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        if (string.IsNullOrEmpty(pod.Spec.ServiceAccountName))
        {
            // As upstream's v1 conversion, the deprecated field stands in for an unset serviceAccountName.
            pod.Spec.ServiceAccountName = string.IsNullOrEmpty(pod.Spec.ServiceAccount) ? DefaultServiceAccountName : pod.Spec.ServiceAccount;
        }

        pod.Spec.ServiceAccount = pod.Spec.ServiceAccountName;
        return pod.Spec.ServiceAccountName;
    }

    /// <summary>Mounts the token volume (when automounting) and copies imagePullSecrets from <paramref name="serviceAccount"/>.</summary>
    public static void Admit(Pod pod, ServiceAccount serviceAccount, Func<string> randomSuffix)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(serviceAccount);
        ArgumentNullException.ThrowIfNull(randomSuffix);
        if (pod.Spec.AutomountServiceAccountToken ?? serviceAccount.AutomountServiceAccountToken ?? true)
        {
            MountToken(pod, randomSuffix);
        }

        if (pod.Spec.ImagePullSecrets is not { Count: > 0 } && serviceAccount.ImagePullSecrets is { Count: > 0 } pullSecrets)
        {
            pod.Spec.ImagePullSecrets = [.. pullSecrets.Select(s => new LocalObjectReference { Name = s.Name })];
        }
    }

    /// <summary>The projected volume upstream's TokenVolumeSource describes.</summary>
    public static ProjectedVolumeSource TokenVolumeSource() => new()
    {
        DefaultMode = 420,
        Sources =
        [
            new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { ExpirationSeconds = TokenExpirationSeconds, Path = "token" } },
            new VolumeProjection { ConfigMap = new ConfigMapProjection { Name = RootCaConfigMap, Items = [new KeyToPath { Key = "ca.crt", Path = "ca.crt" }] } },
            new VolumeProjection
            {
                DownwardAPI = new DownwardAPIProjection
                {
                    Items = [new DownwardAPIVolumeFile { Path = "namespace", FieldRef = new ObjectFieldSelector { ApiVersion = "v1", FieldPath = "metadata.namespace" } }],
                },
            },
        ],
    };

    private static void MountToken(Pod pod, Func<string> randomSuffix)
    {
        // An existing kube-api-access-* volume (the first one) is reused rather than doubled.
        var existing = (pod.Spec.Volumes ?? []).FirstOrDefault(v => v.Name.StartsWith(VolumeNamePrefix + "-", StringComparison.Ordinal));
        var volumeName = existing?.Name ?? $"{VolumeNamePrefix}-{randomSuffix()}";
        var needed = false;
        foreach (var container in (pod.Spec.InitContainers ?? []).Concat(pod.Spec.Containers))
        {
            if (container.VolumeMounts?.Any(m => m.MountPath == MountPath) == true)
            {
                continue;
            }

            container.VolumeMounts ??= [];
            container.VolumeMounts.Add(new VolumeMount { Name = volumeName, ReadOnly = true, MountPath = MountPath });
            needed = true;
        }

        if (existing is null && needed)
        {
            pod.Spec.Volumes ??= [];
            pod.Spec.Volumes.Add(new Volume { Name = volumeName, Projected = TokenVolumeSource() });
        }
    }

    /// <summary>Whether the pod names any Secret (upstream's VisitPodSecretNames, the sources a pod spec can have here).</summary>
    private static bool ReferencesSecrets(Pod pod) =>
        pod.Spec.ImagePullSecrets is { Count: > 0 }
        || (pod.Spec.Volumes ?? []).Any(v => v.Secret is not null || v.Projected?.Sources.Any(s => s.Secret is not null) == true)
        || (pod.Spec.InitContainers ?? []).Concat(pod.Spec.Containers).Any(c =>
            c.Env?.Any(e => e.ValueFrom?.SecretKeyRef is not null) == true || c.EnvFrom?.Any(e => e.SecretRef is not null) == true);
}
