using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Validation.Core;

public class PersistentVolumeClaimValidatorTests
{
    private const string Immutable = "spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims";

    private static readonly Dictionary<string, Action<PersistentVolumeClaim>> Mutations = new()
    {
        ["no access modes"] = c => c.Spec.AccessModes = null,
        ["no storage request"] = c => c.Spec.Resources.Requests = null,
        ["zero storage request"] = c => c.Spec.Resources.Requests!["storage"] = Quantity.Parse("0"),
        ["bad volume mode"] = c => c.Spec.VolumeMode = "Raw",
        ["data source of other kind"] = c => c.Spec.DataSource = new TypedLocalObjectReference { Kind = "Pod", Name = "p" },
        ["data source without name"] = c => c.Spec.DataSource = new TypedLocalObjectReference { Kind = "PersistentVolumeClaim" },
    };

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "no access modes", ["spec.accessModes: Required value: at least 1 access mode is required"] },
        { "no storage request", ["spec.resources[storage]: Required value"] },
        { "zero storage request", ["spec.resources[storage]: Invalid value: \"0\": must be greater than zero"] },
        { "bad volume mode", ["spec.volumeMode: Unsupported value: \"Raw\": supported values: \"Block\", \"Filesystem\""] },
        { "data source of other kind", ["spec.dataSource: Invalid value: \"Pod\": must be 'PersistentVolumeClaim' when referencing the default apiGroup"] },
        { "data source without name", ["spec.dataSource.name: Required value"] },
    };

    [Fact]
    public void ValidateCreate_ValidClaim_ReportsNothing() => Assert.Empty(ObjectValidation.ValidateCreate(Valid()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_InvalidClaim_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var claim = Valid();
        Mutations[mutation](claim);

        Assert.Equal(expected, ObjectValidation.ValidateCreate(claim).Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void ValidateUpdate_BoundClaimExpanded_ReportsNothing()
    {
        var claim = Valid();
        claim.Status.Phase = "Bound";
        claim.Spec.Resources.Requests!["storage"] = Quantity.Parse("2Gi");

        Assert.Empty(ObjectValidation.ValidateUpdate(claim, Valid()));
    }

    [Fact]
    public void ValidateUpdate_UnboundClaimExpanded_ReportsImmutableSpec()
    {
        var claim = Valid();
        claim.Spec.Resources.Requests!["storage"] = Quantity.Parse("2Gi");

        Assert.Equal([Immutable], ObjectValidation.ValidateUpdate(claim, Valid()).Select(e => e.ToString()));
    }

    [Fact]
    public void ValidateUpdate_AccessModesChanged_ReportsImmutableSpec()
    {
        var claim = Valid();
        claim.Status.Phase = "Bound";
        claim.Spec.AccessModes = ["ReadWriteMany"];

        Assert.Equal([Immutable], ObjectValidation.ValidateUpdate(claim, Valid()).Select(e => e.ToString()));
    }

    [Fact]
    public void ValidateUpdate_VolumeNameSetOnce_ReportsNothing()
    {
        var claim = Valid();
        claim.Spec.VolumeName = "pv-1";

        Assert.Empty(ObjectValidation.ValidateUpdate(claim, Valid()));
    }

    [Fact]
    public void ValidateUpdate_ShrinkBelowStatusCapacity_ReportsForbidden()
    {
        var old = Valid();
        old.Status.Phase = "Bound";
        old.Status.Capacity = new() { ["storage"] = Quantity.Parse("1Gi") };
        old.Spec.Resources.Requests!["storage"] = Quantity.Parse("2Gi");
        var claim = Valid();
        claim.Status.Phase = "Bound";

        Assert.Equal(["spec.resources.requests.storage: Forbidden: field can not be less than status.capacity"],
            ObjectValidation.ValidateUpdate(claim, old).Select(e => e.ToString()));
    }

    private static PersistentVolumeClaim Valid() => new()
    {
        Metadata = CoreObjects.Meta("data"),
        Spec = new PersistentVolumeClaimSpec
        {
            AccessModes = ["ReadWriteOnce"],
            Resources = new VolumeResourceRequirements { Requests = new() { ["storage"] = Quantity.Parse("1Gi") } },
        },
    };
}
