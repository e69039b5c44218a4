using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Storage.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Tests.Plugins.AffinitySupport;
using Plugin = Dotkube.Scheduler.Plugins.VolumeBinding.VolumeBinding;
using Status = Dotkube.Scheduler.Framework.Status;

namespace Dotkube.Scheduler.Tests.Plugins.VolumeBinding;

public sealed class VolumeBindingTests
{
    private readonly FakeHandle _handle = new([]);

    private Plugin NewPlugin() => new(_handle);

    private void Add(PersistentVolumeClaim claim) => _handle.Informers.For<PersistentVolumeClaim>().Indexer.Upsert(claim);

    private void AddClass(string name, string mode) => _handle.Informers.For<StorageClass>().Indexer.Upsert(
        new StorageClass { Metadata = new ObjectMeta { Name = name }, Provisioner = "example.com/disk", VolumeBindingMode = mode });

    private static PersistentVolumeClaim Claim(string name, bool bound = false, string? storageClass = null) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = name,
            Namespace = "default",
            Annotations = bound ? new Dictionary<string, string> { [Plugin.BindCompletedAnnotation] = "yes" } : null,
        },
        Spec = new PersistentVolumeClaimSpec { VolumeName = bound ? "pv-" + name : null, StorageClassName = storageClass },
    };

    private static Pod PodWith(params Volume[] volumes)
    {
        var pod = Build.Pod("web");
        pod.Spec.Volumes = [.. volumes];
        return pod;
    }

    private static Volume ClaimVolume(string claim) =>
        new() { Name = "v-" + claim, PersistentVolumeClaim = new PersistentVolumeClaimVolumeSource { ClaimName = claim } };

    private Status PreFilter(Pod pod) => NewPlugin().PreFilter(new CycleState(), pod, []).Status;

    [Fact]
    public void A_pod_without_claims_is_skipped() =>
        Assert.Equal(Code.Skip, PreFilter(PodWith(new Volume { Name = "scratch", EmptyDir = new EmptyDirVolumeSource() })).Code);

    [Fact]
    public void A_missing_claim_waits_with_upstreams_not_found_reason()
    {
        var status = PreFilter(PodWith(ClaimVolume("data")));

        Assert.Equal(Code.UnschedulableAndUnresolvable, status.Code);
        Assert.Equal(["persistentvolumeclaim \"data\" not found"], status.Reasons);
    }

    [Fact]
    public void A_bound_claim_passes()
    {
        Add(Claim("data", bound: true));

        Assert.Equal(Code.Success, PreFilter(PodWith(ClaimVolume("data"))).Code);
    }

    [Fact]
    public void A_claim_with_a_volume_name_but_no_bind_completed_annotation_is_not_bound_yet()
    {
        var claim = Claim("data");
        claim.Spec.VolumeName = "pv-1";
        Add(claim);

        Assert.Equal([Plugin.ErrReasonUnboundImmediate], PreFilter(PodWith(ClaimVolume("data"))).Reasons);
    }

    [Fact]
    public void An_unbound_claim_without_a_class_binds_immediately_so_the_pod_waits()
    {
        Add(Claim("data", bound: true));
        Add(Claim("logs"));

        var status = PreFilter(PodWith(ClaimVolume("data"), ClaimVolume("logs")));

        Assert.Equal(Code.UnschedulableAndUnresolvable, status.Code);
        Assert.Equal(["pod has unbound immediate PersistentVolumeClaims"], status.Reasons);
    }

    [Fact]
    public void An_unbound_claim_of_an_immediate_class_waits()
    {
        AddClass("fast", VolumeBindingMode.Immediate);
        Add(Claim("data", storageClass: "fast"));

        Assert.Equal([Plugin.ErrReasonUnboundImmediate], PreFilter(PodWith(ClaimVolume("data"))).Reasons);
    }

    [Fact]
    public void An_unbound_claim_of_a_wait_for_first_consumer_class_is_left_for_the_node_choice()
    {
        AddClass("local", VolumeBindingMode.WaitForFirstConsumer);
        Add(Claim("data", storageClass: "local"));

        Assert.Equal(Code.Success, PreFilter(PodWith(ClaimVolume("data"))).Code);
    }

    [Fact]
    public void The_beta_storage_class_annotation_wins_over_the_spec()
    {
        AddClass("local", VolumeBindingMode.WaitForFirstConsumer);
        var claim = Claim("data", storageClass: "missing");
        claim.Metadata.Annotations = new Dictionary<string, string> { [Plugin.BetaStorageClassAnnotation] = "local" };
        Add(claim);

        Assert.Equal(Code.Success, PreFilter(PodWith(ClaimVolume("data"))).Code);
    }

    [Fact]
    public void A_missing_storage_class_is_an_error()
    {
        Add(Claim("data", storageClass: "gone"));

        var status = PreFilter(PodWith(ClaimVolume("data")));

        Assert.Equal(Code.Error, status.Code);
        Assert.Equal(["storageclass.storage.k8s.io \"gone\" not found"], status.Reasons);
    }

    [Fact]
    public void A_claim_being_deleted_waits()
    {
        var claim = Claim("data", bound: true);
        claim.Metadata.DeletionTimestamp = DateTimeOffset.UnixEpoch;
        Add(claim);

        Assert.Equal(["persistentvolumeclaim \"data\" is being deleted"], PreFilter(PodWith(ClaimVolume("data"))).Reasons);
    }

    [Fact]
    public void A_lost_claim_names_its_missing_volume()
    {
        var claim = Claim("data", bound: true);
        claim.Status.Phase = PersistentVolumeClaimPhase.Lost;
        Add(claim);

        Assert.Equal(["persistentvolumeclaim \"data\" bound to non-existent persistentvolume \"pv-data\""],
            PreFilter(PodWith(ClaimVolume("data"))).Reasons);
    }

    [Fact]
    public void A_missing_ephemeral_claim_waits_for_the_ephemeral_volume_controller()
    {
        var status = PreFilter(PodWith(new Volume { Name = "scratch", Ephemeral = new EphemeralVolumeSource() }));

        Assert.Equal(["waiting for ephemeral volume controller to create the persistentvolumeclaim \"web-scratch\""], status.Reasons);
    }

    [Fact]
    public void An_ephemeral_claim_the_pod_does_not_own_is_rejected()
    {
        Add(Claim("web-scratch", bound: true));

        var status = PreFilter(PodWith(new Volume { Name = "scratch", Ephemeral = new EphemeralVolumeSource() }));

        Assert.Equal(["PVC default/web-scratch was not created for pod default/web (pod is not owner)"], status.Reasons);
    }

    [Fact]
    public void An_ephemeral_claim_owned_by_the_pod_passes_once_bound()
    {
        var pod = PodWith(new Volume { Name = "scratch", Ephemeral = new EphemeralVolumeSource() });
        var claim = Claim("web-scratch", bound: true);
        claim.Metadata.OwnerReferences = [new OwnerReference { Kind = "Pod", Name = "web", Uid = pod.Metadata.Uid!, Controller = true }];
        Add(claim);

        Assert.Equal(Code.Success, PreFilter(pod).Code);
    }

    [Fact]
    public void Claim_and_volume_events_requeue_the_pod()
    {
        var events = NewPlugin().EventsToRegister();

        Assert.Contains(events, e => e.Resource == Plugin.PersistentVolumeClaimResource && e.Action.HasFlag(ClusterEventAction.Add | ClusterEventAction.Update));
        Assert.Contains(events, e => e.Resource == Plugin.StorageClassResource);
        Assert.Contains(events, e => e.Resource == ClusterEventResources.Node && e.Action.HasFlag(ClusterEventAction.Add));
    }
}
