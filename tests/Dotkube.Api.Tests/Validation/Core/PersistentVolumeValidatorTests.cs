using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Validation;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Validation.Core;

public class PersistentVolumeValidatorTests
{
    private static readonly Dictionary<string, Action<PersistentVolume>> Mutations = new()
    {
        ["no access modes"] = v => v.Spec.AccessModes = null,
        ["bad access mode"] = v => v.Spec.AccessModes = ["ReadWriteSometimes"],
        ["RWOP with others"] = v => v.Spec.AccessModes = ["ReadWriteOncePod", "ReadWriteOnce"],
        ["no capacity"] = v => v.Spec.Capacity = null,
        ["zero capacity"] = v => v.Spec.Capacity = new() { ["storage"] = Quantity.Parse("0") },
        ["bad reclaim policy"] = v => v.Spec.PersistentVolumeReclaimPolicy = "Keep",
        ["bad volume mode"] = v => v.Spec.VolumeMode = "Raw",
        ["no source"] = v => v.Spec.HostPath = null,
        ["two sources"] = v => v.Spec.Nfs = new NFSVolumeSource { Server = "nfs", Path = "/x" },
        ["relative nfs path"] = v => (v.Spec.HostPath, v.Spec.Nfs) = (null, new NFSVolumeSource { Server = "nfs", Path = "x" }),
        ["local without affinity"] = v => (v.Spec.HostPath, v.Spec.Local) = (null, new LocalVolumeSource { Path = "/mnt/a" }),
        ["recycle root"] = v => (v.Spec.HostPath!.Path, v.Spec.PersistentVolumeReclaimPolicy) = ("/", "Recycle"),
        ["affinity without required"] = v => v.Spec.NodeAffinity = new VolumeNodeAffinity(),
        ["bad class"] = v => v.Spec.StorageClassName = "Fast",
    };

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "no access modes", ["spec.accessModes: Required value"] },
        { "bad access mode", ["spec.accessModes: Unsupported value: \"ReadWriteSometimes\": supported values: \"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOnce\", \"ReadWriteOncePod\""] },
        { "RWOP with others", ["spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes"] },
        { "no capacity", ["spec.capacity: Required value", "spec.capacity: Unsupported value: core.ResourceList(nil): supported values: \"storage\""] },
        { "zero capacity", ["spec.capacity[storage]: Invalid value: \"0\": must be greater than zero"] },
        { "bad reclaim policy", ["spec.persistentVolumeReclaimPolicy: Unsupported value: \"Keep\": supported values: \"Delete\", \"Recycle\", \"Retain\""] },
        { "bad volume mode", ["spec.volumeMode: Unsupported value: \"Raw\": supported values: \"Block\", \"Filesystem\""] },
        { "no source", ["spec: Required value: must specify a volume type"] },
        { "two sources", ["spec.nfs: Forbidden: may not specify more than 1 volume type"] },
        { "relative nfs path", ["spec.nfs.path: Invalid value: \"x\": must be an absolute path"] },
        { "local without affinity", ["spec.nodeAffinity: Required value: Local volume requires node affinity"] },
        { "recycle root", ["spec.persistentVolumeReclaimPolicy: Forbidden: may not be 'recycle' for a hostPath mount of '/'"] },
        { "affinity without required", ["spec.nodeAffinity.required: Required value: must specify required node constraints"] },
        { "bad class", ["spec.storageClassName: Invalid value: \"Fast\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"] },
    };

    [Fact]
    public void ValidateCreate_ValidVolume_ReportsNothing() => Assert.Empty(ObjectValidation.ValidateCreate(Valid()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_InvalidVolume_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var volume = Valid();
        Mutations[mutation](volume);

        Assert.Equal(expected, ObjectValidation.ValidateCreate(volume).Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void ValidateUpdate_SourceChanged_ReportsImmutable()
    {
        var volume = Valid();
        volume.Spec.HostPath!.Path = "/data/other";

        Assert.Equal(["spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation"],
            ObjectValidation.ValidateUpdate(volume, Valid()).Select(e => e.ToString()));
    }

    [Fact]
    public void ValidateUpdate_CapacityAndClaimChanged_ReportsNothing()
    {
        var volume = Valid();
        volume.Spec.Capacity!["storage"] = Quantity.Parse("2Gi");
        volume.Spec.ClaimRef = new ObjectReference { Namespace = "default", Name = "data" };

        Assert.Empty(ObjectValidation.ValidateUpdate(volume, Valid()));
    }

    [Fact]
    public void ValidateUpdate_VolumeModeChanged_ReportsImmutableWithoutSpecPrefix()
    {
        var volume = Valid();
        volume.Spec.VolumeMode = "Block";

        Assert.Equal(["volumeMode: Invalid value: \"Block\": field is immutable"], ObjectValidation.ValidateUpdate(volume, Valid()).Select(e => e.ToString()));
    }

    private static PersistentVolume Valid() => new()
    {
        Metadata = new ObjectMeta { Name = "pv-1" },
        Spec = new PersistentVolumeSpec
        {
            Capacity = new() { ["storage"] = Quantity.Parse("1Gi") },
            AccessModes = ["ReadWriteOnce"],
            HostPath = new HostPathVolumeSource { Path = "/data/pv-1" },
        },
    };
}
