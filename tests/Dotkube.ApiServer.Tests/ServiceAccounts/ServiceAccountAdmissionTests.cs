using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.ApiServer.Admission;

namespace Dotkube.ApiServer.Tests.ServiceAccounts;

public sealed class ServiceAccountAdmissionTests
{
    private static readonly ServiceAccount Default = new() { Metadata = new ObjectMeta { Name = "default", Namespace = "ns" } };

    [Fact]
    public void A_pod_without_a_service_account_runs_as_default_and_the_deprecated_field_mirrors_it()
    {
        var pod = Pod();

        Assert.Equal("default", ServiceAccountAdmission.DefaultName(pod));
        Assert.Equal("default", pod.Spec.ServiceAccountName);
        Assert.Equal("default", pod.Spec.ServiceAccount);
    }

    [Fact]
    public void The_deprecated_serviceAccount_field_stands_in_for_an_unset_serviceAccountName()
    {
        var pod = Pod();
        pod.Spec.ServiceAccount = "builder";

        Assert.Equal("builder", ServiceAccountAdmission.DefaultName(pod));
    }

    [Fact]
    public void Every_container_and_init_container_gets_the_token_volume_read_only()
    {
        var pod = Pod();
        pod.Spec.InitContainers = [new Container { Name = "init", Image = "busybox" }];

        ServiceAccountAdmission.Admit(pod, Default, () => "abcde");

        var volume = Assert.Single(pod.Spec.Volumes!);
        Assert.Equal("kube-api-access-abcde", volume.Name);
        var projected = volume.Projected!;
        Assert.Equal(420, projected.DefaultMode);
        Assert.Equal(3607, projected.Sources[0].ServiceAccountToken!.ExpirationSeconds);
        Assert.Equal("token", projected.Sources[0].ServiceAccountToken!.Path);
        Assert.Equal("kube-root-ca.crt", projected.Sources[1].ConfigMap!.Name);
        Assert.Equal(("ca.crt", "ca.crt"), (projected.Sources[1].ConfigMap!.Items![0].Key, projected.Sources[1].ConfigMap!.Items![0].Path));
        Assert.Equal("metadata.namespace", projected.Sources[2].DownwardAPI!.Items![0].FieldRef!.FieldPath);
        Assert.Equal("namespace", projected.Sources[2].DownwardAPI!.Items![0].Path);
        foreach (var container in pod.Spec.InitContainers.Concat(pod.Spec.Containers))
        {
            var mount = Assert.Single(container.VolumeMounts!);
            Assert.Equal(("kube-api-access-abcde", "/var/run/secrets/kubernetes.io/serviceaccount", true), (mount.Name, mount.MountPath, mount.ReadOnly));
        }
    }

    [Fact]
    public void A_container_that_already_mounts_something_there_is_left_alone()
    {
        var pod = Pod();
        pod.Spec.Containers[0].VolumeMounts = [new VolumeMount { Name = "mine", MountPath = ServiceAccountAdmission.MountPath }];

        ServiceAccountAdmission.Admit(pod, Default, () => "abcde");

        Assert.Null(pod.Spec.Volumes);
        Assert.Equal("mine", Assert.Single(pod.Spec.Containers[0].VolumeMounts!).Name);
    }

    [Fact]
    public void An_existing_kube_api_access_volume_is_reused_not_doubled()
    {
        var pod = Pod();
        pod.Spec.Volumes = [new Volume { Name = "kube-api-access-zzzzz", EmptyDir = new EmptyDirVolumeSource() }];

        ServiceAccountAdmission.Admit(pod, Default, () => "abcde");

        Assert.Single(pod.Spec.Volumes);
        Assert.Equal("kube-api-access-zzzzz", Assert.Single(pod.Spec.Containers[0].VolumeMounts!).Name);
    }

    [Theory]
    [InlineData(false, null, false)]
    [InlineData(null, false, false)]
    [InlineData(true, false, true)]
    [InlineData(null, null, true)]
    public void The_pods_automount_setting_wins_over_the_service_accounts(bool? podSays, bool? accountSays, bool mounted)
    {
        var pod = Pod();
        pod.Spec.AutomountServiceAccountToken = podSays;
        var account = new ServiceAccount { Metadata = Default.Metadata, AutomountServiceAccountToken = accountSays };

        ServiceAccountAdmission.Admit(pod, account, () => "abcde");

        Assert.Equal(mounted, pod.Spec.Volumes is { Count: 1 });
    }

    [Fact]
    public void A_pod_without_image_pull_secrets_gets_the_service_accounts()
    {
        var pod = Pod();
        var account = new ServiceAccount { Metadata = Default.Metadata, ImagePullSecrets = [new LocalObjectReference { Name = "registry" }] };

        ServiceAccountAdmission.Admit(pod, account, () => "abcde");

        Assert.Equal("registry", Assert.Single(pod.Spec.ImagePullSecrets!).Name);
    }

    [Fact]
    public void A_mirror_pod_may_not_name_a_service_account_or_secrets()
    {
        var pod = Pod();
        pod.Metadata.Annotations = new() { [ServiceAccountAdmission.MirrorPodAnnotation] = "hash" };
        Assert.True(ServiceAccountAdmission.IsMirrorPod(pod));
        Assert.Null(ServiceAccountAdmission.ValidateMirrorPod(pod));

        pod.Spec.ServiceAccountName = "builder";
        Assert.Equal("a mirror pod may not reference service accounts", ServiceAccountAdmission.ValidateMirrorPod(pod));

        pod.Spec.ServiceAccountName = null;
        pod.Spec.Volumes = [new Volume { Name = "s", Secret = new SecretVolumeSource { SecretName = "s" } }];
        Assert.Equal("a mirror pod may not reference secrets", ServiceAccountAdmission.ValidateMirrorPod(pod));
    }

    private static Pod Pod() => new()
    {
        Metadata = new ObjectMeta { Name = "p", Namespace = "ns" },
        Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "busybox" }] },
    };
}
