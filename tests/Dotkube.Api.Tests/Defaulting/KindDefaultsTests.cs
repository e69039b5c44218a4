using System.Text;
using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Networking.V1;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Rbac.V1;
using Dotkube.Api.Scheduling.V1;
using Dotkube.Api.Serialization;
using Dotkube.Api.Storage.V1;
using HorizontalPodAutoscaler = Dotkube.Api.Autoscaling.V1.HorizontalPodAutoscaler;
using static Dotkube.Api.Tests.Defaulting.DefaultingHarness;

namespace Dotkube.Api.Tests.Defaulting;

/// <summary>One minimal object per kind in, the exact upstream-defaulted JSON out.</summary>
public class KindDefaultsTests
{
    public static TheoryData<Type, string, string> Cases => new()
    {
        { typeof(Namespace), """{"metadata":{"name":"team"}}""", """{"metadata":{"name":"team","creationTimestamp":null,"labels":{"kubernetes.io/metadata.name":"team"}},"spec":{},"status":{"phase":"Active"}}""" },
        { typeof(Namespace), """{"metadata":{"generateName":"t-"}}""", """{"metadata":{"generateName":"t-","creationTimestamp":null},"spec":{},"status":{"phase":"Active"}}""" },
        { typeof(Secret), """{"data":{"k":"dg=="}}""", """{"metadata":{"creationTimestamp":null},"data":{"k":"dg=="},"type":"Opaque"}""" },
        { typeof(ConfigMap), """{}""", """{"metadata":{"creationTimestamp":null}}""" },
        { typeof(PersistentVolume), """{"spec":{"capacity":{"storage":"1Gi"},"hostPath":{"path":"/d"}}}""", """{"metadata":{"creationTimestamp":null},"spec":{"capacity":{"storage":"1Gi"},"hostPath":{"path":"/d","type":""},"persistentVolumeReclaimPolicy":"Retain","volumeMode":"Filesystem"},"status":{"phase":"Pending"}}""" },
        { typeof(PersistentVolumeClaim), """{"spec":{"resources":{"requests":{"storage":"1.5m"}}}}""", """{"metadata":{"creationTimestamp":null},"spec":{"resources":{"requests":{"storage":"2m"}},"volumeMode":"Filesystem"},"status":{"phase":"Pending"}}""" },
        { typeof(Node), """{"status":{"capacity":{"cpu":"4","pods":"110"}}}""", """{"metadata":{"creationTimestamp":null},"spec":{},"status":{"capacity":{"cpu":"4","pods":"110"},"allocatable":{"cpu":"4","pods":"110"},"daemonEndpoints":{"kubeletEndpoint":{"Port":0}},"nodeInfo":{"machineID":"","systemUUID":"","bootID":"","kernelVersion":"","osImage":"","containerRuntimeVersion":"","kubeletVersion":"","kubeProxyVersion":"","operatingSystem":"","architecture":""}}}""" },
        { typeof(LimitRange), """{"spec":{"limits":[{"type":"Container","max":{"cpu":"2"},"min":{"memory":"64Mi"}},{"type":"Pod","max":{"cpu":"4"}}]}}""", """{"metadata":{"creationTimestamp":null},"spec":{"limits":[{"type":"Container","max":{"cpu":"2"},"min":{"memory":"64Mi"},"default":{"cpu":"2"},"defaultRequest":{"cpu":"2","memory":"64Mi"}},{"type":"Pod","max":{"cpu":"4"}}]}}""" },
        { typeof(ResourceQuota), """{"spec":{"hard":{"cpu":"0.0001"}}}""", """{"metadata":{"creationTimestamp":null},"spec":{"hard":{"cpu":"1m"}},"status":{}}""" },
        { typeof(HorizontalPodAutoscaler), """{"spec":{"scaleTargetRef":{"kind":"Deployment","name":"d"},"maxReplicas":5}}""", """{"metadata":{"creationTimestamp":null},"spec":{"scaleTargetRef":{"kind":"Deployment","name":"d"},"minReplicas":1,"maxReplicas":5},"status":{"currentReplicas":0,"desiredReplicas":0}}""" },
        { typeof(NetworkPolicy), """{"spec":{"podSelector":{},"ingress":[{"ports":[{"port":80}]}],"egress":[{"ports":[{"port":53,"protocol":"UDP"}]}]}}""", """{"metadata":{"creationTimestamp":null},"spec":{"podSelector":{},"ingress":[{"ports":[{"protocol":"TCP","port":80}]}],"egress":[{"ports":[{"protocol":"UDP","port":53}]}],"policyTypes":["Ingress","Egress"]}}""" },
        { typeof(NetworkPolicy), """{"spec":{"podSelector":{}}}""", """{"metadata":{"creationTimestamp":null},"spec":{"podSelector":{},"policyTypes":["Ingress"]}}""" },
        { typeof(IngressClass), """{"spec":{"controller":"x/y","parameters":{"kind":"P","name":"p"}}}""", """{"metadata":{"creationTimestamp":null},"spec":{"controller":"x/y","parameters":{"kind":"P","name":"p","scope":"Cluster"}}}""" },
        { typeof(Ingress), """{"spec":{"rules":[{"host":"a.example"}]}}""", """{"metadata":{"creationTimestamp":null},"spec":{"rules":[{"host":"a.example"}]},"status":{"loadBalancer":{}}}""" },
        { typeof(RoleBinding), """{"roleRef":{"kind":"Role","name":"r"},"subjects":[{"kind":"User","name":"u"},{"kind":"Group","name":"g"},{"kind":"ServiceAccount","name":"s","namespace":"n"}]}""", """{"metadata":{"creationTimestamp":null},"subjects":[{"kind":"User","apiGroup":"rbac.authorization.k8s.io","name":"u"},{"kind":"Group","apiGroup":"rbac.authorization.k8s.io","name":"g"},{"kind":"ServiceAccount","name":"s","namespace":"n"}],"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"r"}}""" },
        { typeof(ClusterRoleBinding), """{"roleRef":{"kind":"ClusterRole","name":"r"},"subjects":[{"kind":"User","name":"u"}]}""", """{"metadata":{"creationTimestamp":null},"subjects":[{"kind":"User","apiGroup":"rbac.authorization.k8s.io","name":"u"}],"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"r"}}""" },
        { typeof(StorageClass), """{"provisioner":"p"}""", """{"metadata":{"creationTimestamp":null},"provisioner":"p","reclaimPolicy":"Delete","volumeBindingMode":"Immediate"}""" },
        { typeof(PriorityClass), """{"value":100}""", """{"metadata":{"creationTimestamp":null},"value":100,"preemptionPolicy":"PreemptLowerPriority"}""" },
        { typeof(EndpointSlice), """{"addressType":"IPv4","endpoints":[],"ports":[{"port":80}]}""", """{"metadata":{"creationTimestamp":null},"addressType":"IPv4","endpoints":[],"ports":[{"name":"","protocol":"TCP","port":80}]}""" },
        { typeof(TokenRequest), """{"spec":{"audiences":["api"]},"status":{"token":"t","expirationTimestamp":"2024-01-01T00:00:00Z"}}""", """{"metadata":{"creationTimestamp":null},"spec":{"audiences":["api"],"expirationSeconds":3600},"status":{"token":"t","expirationTimestamp":"2024-01-01T00:00:00Z"}}""" },
        { typeof(PodDisruptionBudget), """{"spec":{"minAvailable":1}}""", """{"metadata":{"creationTimestamp":null},"spec":{"minAvailable":1},"status":{"currentHealthy":0,"desiredHealthy":0,"disruptionsAllowed":0,"expectedPods":0}}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apply_MinimalObject_WritesUpstreamDefaults(Type type, string input, string expected)
    {
        var obj = (KubeObject)KubeJson.Deserialize(Encoding.UTF8.GetBytes(input), type);

        ObjectDefaults.Apply(obj);

        AssertJson(expected, obj);
        AssertIdempotent(obj);
    }
}
