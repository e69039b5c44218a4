using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;

namespace Dotkube.Api.Tests.Validation.Core;

public class EventBindingAccountValidatorTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly Dictionary<string, Action<Event>> Mutations = new()
    {
        ["namespace mismatch"] = e => e.InvolvedObject.Namespace = "other",
        ["cluster object outside default"] = e => (e.Metadata.Namespace, e.InvolvedObject.Namespace) = ("team", null),
        ["new style without reporting"] = e => e.EventTime = Now,
        ["new style long action"] = e => (e.EventTime, e.ReportingComponent, e.ReportingInstance, e.Action) = (Now, "kubelet", "node-1", new string('a', 129)),
    };

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "namespace mismatch", ["involvedObject.namespace: Invalid value: \"other\": does not match event.namespace"] },
        { "cluster object outside default", ["involvedObject.namespace: Invalid value: \"\": does not match event.namespace"] },
        { "new style without reporting", ["reportingController: Required value", "reportingController: Invalid value: \"\": name part must be non-empty", "reportingController: Invalid value: \"\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", "reportingInstance: Required value", "action: Required value"] },
        { "new style long action", ["action: Invalid value: \"\": can have at most 128 characters"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ValidateCreate_InvalidEvent_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var ev = new Event
        {
            Metadata = CoreObjects.Meta("web.1"),
            InvolvedObject = new ObjectReference { Kind = "Pod", Namespace = "default", Name = "web" },
            Reason = "Started",
        };
        Assert.Empty(ObjectValidation.ValidateCreate(ev));
        Mutations[mutation](ev);

        Assert.Equal(expected, ObjectValidation.ValidateCreate(ev).Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void ValidateCreate_BindingToPod_ReportsNotSupportedKind()
    {
        var binding = new Binding { Metadata = CoreObjects.Meta("web"), Target = new ObjectReference { Kind = "Pod", Name = "x" } };

        Assert.Equal(["target.kind: Unsupported value: \"Pod\": supported values: \"Node\", \"<empty>\""],
            ObjectValidation.ValidateCreate(binding).Select(e => e.ToString()));
    }

    [Fact]
    public void ValidateCreate_BindingWithoutTarget_ReportsRequiredName()
    {
        var binding = new Binding { Metadata = CoreObjects.Meta("web") };

        Assert.Equal(["target.name: Required value"], ObjectValidation.ValidateCreate(binding).Select(e => e.ToString()));
    }

    [Fact]
    public void ValidateCreate_ServiceAccountWithSecrets_ReportsNothing()
    {
        var account = new ServiceAccount
        {
            Metadata = CoreObjects.Meta("builder"),
            Secrets = [new ObjectReference { Name = "Not_Checked" }],
            ImagePullSecrets = [new LocalObjectReference { Name = "registry" }],
        };

        Assert.Empty(ObjectValidation.ValidateCreate(account));
    }
}
