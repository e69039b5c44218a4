using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Validation.Core;

public class PodValidatorTests
{
    private static readonly Dictionary<string, Action<Pod>> Mutations = new()
    {
        ["no containers"] = p => p.Spec.Containers.Clear(),
        ["bad container name"] = p => p.Spec.Containers[0].Name = "Web",
        ["duplicate container"] = p => p.Spec.Containers.Add(new Container { Name = "web", Image = "x" }),
        ["init duplicates regular"] = p => p.Spec.InitContainers = [new Container { Name = "web", Image = "x" }],
        ["no image"] = p => p.Spec.Containers[0].Image = null,
        ["port zero"] = p => p.Spec.Containers[0].Ports![0].Port = 0,
        ["port too big"] = p => p.Spec.Containers[0].Ports![0].Port = 70000,
        ["bad protocol"] = p => p.Spec.Containers[0].Ports![0].Protocol = "ICMP",
        ["duplicate port name"] = p => p.Spec.Containers[0].Ports!.Add(new ContainerPort { Name = "http", Port = 81 }),
        ["env equals sign"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "A=B", Value = "1" }],
        ["env empty valueFrom"] = p => p.Spec.Containers[0].Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource() }],
        ["env fieldRef unsupported"] = p => p.Spec.Containers[0].Env =
            [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "spec.restartPolicy" } } }],
        ["mount unknown volume"] = p => p.Spec.Containers[0].VolumeMounts![0].Name = "other",
        ["duplicate mount path"] = p => p.Spec.Containers[0].VolumeMounts!.Add(new VolumeMount { Name = "data", MountPath = "/data" }),
        ["two volume sources"] = p => p.Spec.Volumes![0].HostPath = new HostPathVolumeSource { Path = "/tmp" },
        ["duplicate volume"] = p => p.Spec.Volumes!.Add(new Volume { Name = "data", EmptyDir = new() }),
        ["bad default mode"] = p => p.Spec.Volumes!.Add(new Volume { Name = "cm", ConfigMap = new ConfigMapVolumeSource { Name = "c", DefaultMode = 512 } }),
        ["pvc without claim"] = p => p.Spec.Volumes!.Add(new Volume { Name = "pvc", PersistentVolumeClaim = new() }),
        ["probe without handler"] = p => p.Spec.Containers[0].LivenessProbe = new Probe(),
        ["liveness success 2"] = p => p.Spec.Containers[0].LivenessProbe = new Probe { TcpSocket = new TCPSocketAction { Port = 80 }, SuccessThreshold = 2 },
        ["request above limit"] = p => p.Spec.Containers[0].Resources = new ResourceRequirements
        {
            Requests = new() { ["cpu"] = Quantity.Parse("2") },
            Limits = new() { ["cpu"] = Quantity.Parse("1") },
        },
        ["bad restart policy"] = p => p.Spec.RestartPolicy = "Sometimes",
        ["bad dns policy"] = p => p.Spec.DnsPolicy = "Google",
        ["toleration no key"] = p => p.Spec.Tolerations = [new Toleration { Operator = "Equal", Value = "x" }],
        ["toleration seconds"] = p => p.Spec.Tolerations = [new Toleration { Key = "k", Operator = "Exists", Effect = "NoSchedule", TolerationSeconds = 5 }],
        ["active deadline zero"] = p => p.Spec.ActiveDeadlineSeconds = 0,
        ["bad hostname"] = p => p.Spec.Hostname = "Host",
        ["spread maxSkew zero"] = p => p.Spec.TopologySpreadConstraints =
            [new TopologySpreadConstraint { MaxSkew = 0, TopologyKey = "zone", WhenUnsatisfiable = "DoNotSchedule" }],
        ["affinity no topologyKey"] = p => p.Spec.Affinity = new Affinity
        {
            PodAntiAffinity = new PodAntiAffinity { RequiredDuringSchedulingIgnoredDuringExecution = [new PodAffinityTerm()] },
        },
        ["runAsUser negative"] = p => p.Spec.SecurityContext = new PodSecurityContext { RunAsUser = -1 },
        ["missing name"] = p => p.Metadata.Name = null,
        ["missing namespace"] = p => p.Metadata.Namespace = null,
        ["bad label value"] = p => p.Metadata.Labels!["app"] = "-bad",
    };

    public static TheoryData<string, string[]> CreateCases() => new()
    {
        { "no containers", ["spec.containers: Required value"] },
        { "bad container name", ["spec.containers[0].name: Invalid value: \"Web\": " + CoreObjects.LabelMessage] },
        { "duplicate container", ["spec.containers[1].name: Duplicate value: \"web\""] },
        { "init duplicates regular", ["spec.initContainers[0].name: Duplicate value: \"web\""] },
        { "no image", ["spec.containers[0].image: Required value"] },
        { "port zero", ["spec.containers[0].ports[0].containerPort: Required value"] },
        { "port too big", ["spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"] },
        { "bad protocol", ["spec.containers[0].ports[0].protocol: Unsupported value: \"ICMP\": supported values: \"SCTP\", \"TCP\", \"UDP\""] },
        { "duplicate port name", ["spec.containers[0].ports[1].name: Duplicate value: \"http\""] },
        { "env equals sign", ["spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='"] },
        { "env empty valueFrom", ["spec.containers[0].env[0].valueFrom: Invalid value: \"\": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"] },
        { "env fieldRef unsupported", ["spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: \"spec.restartPolicy\": supported values: " +
            "\"metadata.name\", \"metadata.namespace\", \"metadata.uid\", \"spec.nodeName\", \"spec.serviceAccountName\", \"status.hostIP\", \"status.hostIPs\", \"status.podIP\", \"status.podIPs\""] },
        { "mount unknown volume", ["spec.containers[0].volumeMounts[0].name: Not found: \"other\""] },
        { "duplicate mount path", ["spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique"] },
        { "two volume sources", ["spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type", "spec.containers[0].volumeMounts[0].name: Not found: \"data\""] },
        { "duplicate volume", ["spec.volumes[1].name: Duplicate value: \"data\""] },
        { "bad default mode", ["spec.volumes[1].configMap.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive"] },
        { "pvc without claim", ["spec.volumes[1].persistentVolumeClaim.claimName: Required value"] },
        { "probe without handler", ["spec.containers[0].livenessProbe: Required value: must specify a handler type"] },
        { "liveness success 2", ["spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"] },
        { "request above limit", ["spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1"] },
        { "bad restart policy", ["spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"OnFailure\", \"Never\""] },
        { "bad dns policy", ["spec.dnsPolicy: Unsupported value: \"Google\": supported values: \"ClusterFirstWithHostNet\", \"ClusterFirst\", \"Default\", \"None\""] },
        { "toleration no key", ["spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\""] },
        { "toleration seconds", ["spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set"] },
        { "active deadline zero", ["spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive"] },
        { "bad hostname", ["spec.hostname: Invalid value: \"Host\": " + CoreObjects.LabelMessage] },
        { "spread maxSkew zero", ["spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero"] },
        { "affinity no topologyKey", [
            "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Required value: can not be empty",
            "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: \"\": name part must be non-empty",
            "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: \"\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
        ] },
        { "runAsUser negative", ["spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 4294967295, inclusive"] },
        { "missing name", ["metadata.name: Required value: name or generateName is required"] },
        { "missing namespace", ["metadata.namespace: Required value"] },
        { "bad label value", ["metadata.labels: Invalid value: \"-bad\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"] },
    };

    [Fact]
    public void ValidateCreate_ValidPod_ReportsNothing() => Assert.Empty(ObjectValidation.ValidateCreate(CoreObjects.Pod()));

    [Theory]
    [MemberData(nameof(CreateCases))]
    public void ValidateCreate_InvalidPod_ReportsUpstreamErrors(string mutation, string[] expected)
    {
        var pod = CoreObjects.Pod();
        Mutations[mutation](pod);

        var errors = ObjectValidation.ValidateCreate(pod).Select(e => e.ToString()).ToArray();

        Assert.Equal(expected, errors);
    }

    [Fact]
    public void ValidateUpdate_ImageChange_IsAllowed()
    {
        var old = CoreObjects.Pod();
        var pod = CoreObjects.Pod();
        pod.Spec.Containers[0].Image = "nginx:1.28";

        Assert.Empty(ObjectValidation.ValidateUpdate(pod, old));
    }

    [Fact]
    public void ValidateUpdate_PortChange_ReportsForbiddenSpec()
    {
        var old = CoreObjects.Pod();
        var pod = CoreObjects.Pod();
        pod.Spec.Containers[0].Ports![0].Port = 81;

        var error = Assert.Single(ObjectValidation.ValidateUpdate(pod, old));

        Assert.StartsWith("spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`," +
            "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` " +
            "(allow it to be set to 1 if it was previously negative)\n", error.ToString());
    }

    [Fact]
    public void ValidateUpdate_RemovedToleration_ReportsForbidden()
    {
        var old = CoreObjects.Pod();
        old.Spec.Tolerations = [new Toleration { Key = "k", Operator = "Exists" }];
        var pod = CoreObjects.Pod();

        var error = Assert.Single(ObjectValidation.ValidateUpdate(pod, old));

        Assert.Equal("spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds", error.ToString());
    }

    [Fact]
    public void ValidateUpdate_AddedSchedulingGate_ReportsForbidden()
    {
        var old = CoreObjects.Pod();
        var pod = CoreObjects.Pod();
        pod.Spec.SchedulingGates = [new PodSchedulingGate { Name = "example.com/gate" }];

        var error = Assert.Single(ObjectValidation.ValidateUpdate(pod, old));

        Assert.Equal("spec.schedulingGates[0].name: Forbidden: only deletion is allowed, but found new scheduling gate 'example.com/gate'", error.ToString());
    }
}
