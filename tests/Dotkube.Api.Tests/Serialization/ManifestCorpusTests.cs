using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Serialization;

/// <summary>
/// Real-world manifests in the style of the Kubernetes docs examples (tests/Dotkube.Api.Tests/Manifests)
/// decode under fieldValidation=Strict: every field is known to the object model.
/// </summary>
public class ManifestCorpusTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Manifests");

    public static TheoryData<string, string> Files() => new()
    {
        { "nginx-deployment.yaml", "Deployment" },
        { "web-statefulset.yaml", "Service,StatefulSet" },
        { "hello-cronjob.yaml", "CronJob" },
        { "example-ingress.yaml", "IngressClass,Ingress" },
        { "pod-reader-rbac.yaml", "ServiceAccount,Role,RoleBinding,ClusterRole,ClusterRole,ClusterRoleBinding" },
        { "test-network-policy.yaml", "NetworkPolicy" },
        { "php-apache-hpa.yaml", "HorizontalPodAutoscaler" },
        { "guestbook-all-in-one.yaml", "Namespace,ConfigMap,Secret,Deployment,Service,PodDisruptionBudget" },
        { "list-of-services.yaml", "Service,Service,Pod" },
        { "crontab-crd.yaml", "CustomResourceDefinition" },
        { "node-agents.yaml", "DaemonSet,Job,PriorityClass" },
        { "quota-and-storage.yaml", "ResourceQuota,LimitRange,StorageClass,PersistentVolume,PersistentVolumeClaim" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void DecodeAll_Strict_DecodesEveryObjectWithNoUnknownFields(string file, string expectedKinds)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Directory, file));

        var objects = KubeDecoder.DecodeAll(bytes, FieldValidation.Strict);

        Assert.Equal(expectedKinds, string.Join(",", objects.Select(o => o.Gvk.Kind)));
        Assert.All(objects, o => Assert.Empty(o.Warnings));
    }

    /// <summary>
    /// The YAML decodes to the same objects as its JSON twin (Manifests/json, written once by
    /// PyYAML, an independent YAML 1.1 reader like upstream's go-yaml v2), multi-document and
    /// List files included.
    /// </summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void DecodeAll_YamlAndItsJsonTwin_GiveTheSameObjects(string file, string expectedKinds)
    {
        var fromYaml = KubeDecoder.DecodeAll(File.ReadAllBytes(Path.Combine(Directory, file)), FieldValidation.Strict);
        var fromJson = KubeDecoder.DecodeAll(File.ReadAllBytes(Path.Combine(Directory, "json", Path.ChangeExtension(file, ".json"))), FieldValidation.Strict);

        Assert.Equal(expectedKinds.Split(',').Length, fromYaml.Count);
        Assert.Equal(fromYaml.Count, fromJson.Count);
        for (var i = 0; i < fromYaml.Count; i++)
        {
            var yaml = System.Text.Encoding.UTF8.GetString(KubeJson.Serialize(fromYaml[i].Object, fromYaml[i].Resource.ClrType));
            var json = System.Text.Encoding.UTF8.GetString(KubeJson.Serialize(fromJson[i].Object, fromJson[i].Resource.ClrType));
            Assert.Equal(json, yaml);
        }
    }

    [Fact]
    public void Corpus_EveryFileIsCovered()
    {
        var listed = Files().Select(row => (string)row[0]).ToHashSet();
        var present = System.IO.Directory.GetFiles(Directory, "*.yaml").Select(Path.GetFileName).ToHashSet();

        Assert.Equal(present.Order(), listed.Order());
    }

    [Fact]
    public void DecodeAll_HpaManifest_IsAutoscalingV2()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Directory, "php-apache-hpa.yaml"));

        var hpa = Assert.Single(KubeDecoder.DecodeAll(bytes, FieldValidation.Strict));

        Assert.IsType<Dotkube.Api.Autoscaling.V2.HorizontalPodAutoscaler>(hpa.Object);
    }

    [Fact]
    public void DecodeAll_UnknownFieldInCorpusObject_FailsUnderStrict()
    {
        var text = File.ReadAllText(Path.Combine(Directory, "nginx-deployment.yaml"))
            .Replace("        imagePullPolicy: IfNotPresent", "        imagePullPolicy: IfNotPresent\n        imagePullPolicyy: Always", StringComparison.Ordinal);

        var error = Assert.Throws<DecodeException>(() => KubeDecoder.DecodeAll(System.Text.Encoding.UTF8.GetBytes(text), FieldValidation.Strict));

        Assert.Contains("unknown field \"spec.template.spec.containers[0].imagePullPolicyy\"", error.Message, StringComparison.Ordinal);
    }
}
