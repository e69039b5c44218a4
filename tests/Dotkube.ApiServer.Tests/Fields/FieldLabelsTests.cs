using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Selectors;
using Dotkube.ApiServer.Fields;
using Core = Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Tests.Fields;

public sealed class FieldLabelsTests
{
    private static ResourceInfo Resource(string group, string version, string plural) =>
        Scheme.Default.FindResource(group, version, plural) ?? throw new ArgumentException(plural);

    [Theory]
    [InlineData("", "v1", "pods", "metadata.name,metadata.namespace,spec.nodeName,spec.restartPolicy,spec.schedulerName,spec.serviceAccountName,spec.hostNetwork,status.phase,status.podIP,status.podIPs,status.nominatedNodeName,spec.host")]
    [InlineData("", "v1", "nodes", "metadata.name,spec.unschedulable")]
    [InlineData("", "v1", "namespaces", "status.phase,metadata.name")]
    [InlineData("", "v1", "secrets", "type,metadata.namespace,metadata.name")]
    [InlineData("", "v1", "services", "metadata.namespace,metadata.name,spec.clusterIP,spec.type")]
    [InlineData("", "v1", "replicationcontrollers", "metadata.name,metadata.namespace,status.replicas")]
    [InlineData("", "v1", "events", "involvedObject.kind,involvedObject.namespace,involvedObject.name,involvedObject.uid,involvedObject.apiVersion,involvedObject.resourceVersion,involvedObject.fieldPath,reason,reportingComponent,source,type,metadata.namespace,metadata.name")]
    [InlineData("events.k8s.io", "v1", "events", "reason,regarding.kind,regarding.namespace,regarding.name,regarding.uid,regarding.apiVersion,regarding.resourceVersion,regarding.fieldPath,reportingController,source,type,metadata.namespace,metadata.name")]
    [InlineData("batch", "v1", "jobs", "metadata.name,metadata.namespace,status.successful")]
    [InlineData("apps", "v1", "replicasets", "metadata.name,metadata.namespace")]
    [InlineData("apps", "v1", "deployments", "metadata.name,metadata.namespace")]
    [InlineData("", "v1", "configmaps", "metadata.name,metadata.namespace")]
    [InlineData("storage.k8s.io", "v1", "storageclasses", "metadata.name,metadata.namespace")]
    public void Supported_ListsUpstreamsLabels(string group, string version, string plural, string labels)
    {
        Assert.Equal(labels.Split(','), FieldLabels.Supported(Resource(group, version, plural)));
    }

    [Fact]
    public void EveryKind_SupportsMetadataName_AndExposesIt()
    {
        foreach (var resource in Scheme.Default.All)
        {
            Assert.True(FieldLabels.IsSupported(resource, "metadata.name"), resource.Plural);
            var obj = (KubeObject)Activator.CreateInstance(resource.ClrType)!;
            obj.Metadata.Name = "x";
            var values = FieldLabels.Values(obj);
            Assert.Equal("x", values["metadata.name"]);
            Assert.Equal(resource.Namespaced, values.ContainsKey("metadata.namespace"));
        }
    }

    [Theory]
    [InlineData("", "v1", "pods", "spec.foo=x", "field label not supported: spec.foo")]
    [InlineData("", "v1", "pods", "spec.zzz=1,spec.aaa=1", "field label not supported: spec.aaa")]
    [InlineData("", "v1", "nodes", "metadata.namespace=x", "field label not supported: metadata.namespace")]
    [InlineData("", "v1", "namespaces", "metadata.namespace=", "field label not supported: metadata.namespace")]
    [InlineData("", "v1", "services", "spec.ports=80", "field label not supported: spec.ports")]
    [InlineData("events.k8s.io", "v1", "events", "involvedObject.kind=Pod", "field label not supported: involvedObject.kind")]
    [InlineData("apps", "v1", "deployments", "spec.replicas=1", "\"spec.replicas\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")]
    [InlineData("apps", "v1", "replicasets", "status.replicas=1", "\"status.replicas\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")]
    [InlineData("", "v1", "configmaps", "data.key=v", "\"data.key\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")]
    [InlineData("", "v1", "configmaps", "a\"b=v", "\"a\\\"b\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"")]
    public void TryConvert_UnsupportedLabel_FailsWithUpstreamsMessage(string group, string version, string plural, string selector, string message)
    {
        Assert.False(FieldLabels.TryConvert(Resource(group, version, plural), FieldSelector.Parse(selector), out var converted, out var error));
        Assert.Null(converted);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("", "v1", "pods", "spec.host=n1", "spec.nodeName=n1")]
    [InlineData("", "v1", "pods", "status.phase!=Running,spec.nodeName=n1", "spec.nodeName=n1,status.phase!=Running")]
    [InlineData("events.k8s.io", "v1", "events", "regarding.kind=Pod,reportingController=kubelet", "involvedObject.kind=Pod,reportingComponent=kubelet")]
    [InlineData("", "v1", "events", "involvedObject.name=web,type=Warning", "involvedObject.name=web,type=Warning")]
    [InlineData("storage.k8s.io", "v1", "storageclasses", "metadata.namespace=", "metadata.namespace=")]
    [InlineData("", "v1", "configmaps", "", "")]
    public void TryConvert_SupportedLabels_AreRenamedToTheInternalFieldSet(string group, string version, string plural, string selector, string expected)
    {
        Assert.True(FieldLabels.TryConvert(Resource(group, version, plural), FieldSelector.Parse(selector), out var converted, out var error));
        Assert.Null(error);
        Assert.Equal(expected, converted.ToString());
    }

    public static TheoryData<string, KubeObject, string, bool> MatchCases => new()
    {
        { "pod on node", Builders.Pod(node: "n1"), "spec.nodeName=n1", true },
        { "pod elsewhere", Builders.Pod(node: "n2"), "spec.nodeName=n1", false },
        { "unscheduled pod", Builders.Pod(), "spec.nodeName=", true },
        { "running pod excluded", Builders.Pod(phase: "Running"), "status.phase!=Running", false },
        { "pending pod kept", Builders.Pod(phase: "Pending"), "status.phase!=Succeeded,status.phase!=Failed", true },
        { "hostNetwork defaults false", Builders.Pod(), "spec.hostNetwork=false", true },
        { "hostNetwork true", Builders.Pod(hostNetwork: true), "spec.hostNetwork=true", true },
        { "podIP from podIPs", Builders.Pod(podIPs: ["10.0.0.5", "fd00::5"]), "status.podIP=10.0.0.5", true },
        { "podIPs never in the set", Builders.Pod(podIPs: ["10.0.0.5"]), "status.podIPs=10.0.0.5", false },
        { "pod by name and namespace", Builders.Pod(name: "web", ns: "prod"), "metadata.name=web,metadata.namespace=prod", true },
        { "pod other namespace", Builders.Pod(name: "web", ns: "dev"), "metadata.namespace=prod", false },
        { "cordoned node", new Core.Node { Metadata = { Name = "n1" }, Spec = { Unschedulable = true } }, "spec.unschedulable=true", true },
        { "schedulable node", new Core.Node { Metadata = { Name = "n1" } }, "spec.unschedulable=false", true },
        { "terminating namespace", new Core.Namespace { Status = { Phase = "Terminating" } }, "status.phase=Active", false },
        { "secret type", new Core.Secret { Type = "kubernetes.io/tls" }, "type=kubernetes.io/tls", true },
        { "headless service", new Core.Service { Spec = { ClusterIP = "None" } }, "spec.clusterIP!=None", false },
        { "nodeport service", new Core.Service { Spec = { Type = "NodePort" } }, "spec.type=NodePort", true },
        { "rc replicas", new Core.ReplicationController { Status = { Replicas = 3 } }, "status.replicas=3", true },
        { "job successes default 0", new Api.Batch.V1.Job(), "status.successful=0", true },
        { "job successes", new Api.Batch.V1.Job { Status = { Succeeded = 2 } }, "status.successful=2", true },
        { "event by involved object", Builders.CoreEvent("Pod", "web"), "involvedObject.kind=Pod,involvedObject.name=web", true },
        { "event source falls back to reporting controller", Builders.CoreEvent("Pod", "web", reporting: "kubelet"), "source=kubelet", true },
        { "events.k8s.io after conversion", Builders.EventsEvent("Node", "n1", reporting: "node-controller"), "involvedObject.kind=Node,reportingComponent=node-controller,source=node-controller", true },
        { "cluster-scoped namespace is empty", new Api.Storage.V1.StorageClass { Metadata = { Name = "fast" } }, "metadata.namespace=", true },
        { "cluster-scoped namespace never set", new Api.Storage.V1.StorageClass { Metadata = { Name = "fast" } }, "metadata.namespace=default", false },
        { "empty selector", new Core.ConfigMap(), "", true },
    };

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void Matches_ConvertedSelector_AgainstTheFieldSet(string name, KubeObject obj, string selector, bool expected)
    {
        Assert.True(expected == FieldLabels.Matches(FieldSelector.Parse(selector), obj), name);
    }

    [Fact]
    public void ConvertThenMatch_EventsK8sIoSelector_FindsTheEvent()
    {
        var events = Resource("events.k8s.io", "v1", "events");
        Assert.True(FieldLabels.TryConvert(events, FieldSelector.Parse("regarding.name=n1"), out var converted, out _));
        Assert.True(FieldLabels.Matches(converted, Builders.EventsEvent("Node", "n1")));
        Assert.False(FieldLabels.Matches(converted, Builders.EventsEvent("Node", "n2")));
    }
}
