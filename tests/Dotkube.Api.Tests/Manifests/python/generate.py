#!/usr/bin/python3
"""Regenerates these fixtures with the official Python client (Debian python3-kubernetes,
22.6.0 when they were written): objects serialized exactly as the client sends them."""
import json
import os

from kubernetes import client as c

os.chdir(os.path.dirname(os.path.abspath(__file__)))
api = c.ApiClient()


def meta(name):
    return c.V1ObjectMeta(name=name, labels={"app": "web"})


container = c.V1Container(
    name="web", image="nginx:1.27", image_pull_policy="IfNotPresent",
    ports=[c.V1ContainerPort(container_port=80, name="http", protocol="TCP")],
    env=[c.V1EnvVar(name="MODE", value="prod"),
         c.V1EnvVar(name="POD_IP", value_from=c.V1EnvVarSource(field_ref=c.V1ObjectFieldSelector(field_path="status.podIP")))],
    resources=c.V1ResourceRequirements(requests={"cpu": "100m", "memory": "64Mi"}, limits={"cpu": "500m", "memory": "128Mi"}),
    readiness_probe=c.V1Probe(http_get=c.V1HTTPGetAction(path="/", port="http"), period_seconds=5),
    liveness_probe=c.V1Probe(tcp_socket=c.V1TCPSocketAction(port=80), initial_delay_seconds=3),
    volume_mounts=[c.V1VolumeMount(name="cfg", mount_path="/etc/cfg", read_only=True)],
    security_context=c.V1SecurityContext(allow_privilege_escalation=False, capabilities=c.V1Capabilities(drop=["ALL"])))
pod_spec = c.V1PodSpec(
    containers=[container],
    init_containers=[c.V1Container(name="init", image="busybox:1.36", command=["sh", "-c", "true"])],
    volumes=[c.V1Volume(name="cfg", config_map=c.V1ConfigMapVolumeSource(name="web-config", default_mode=420))],
    tolerations=[c.V1Toleration(key="dedicated", operator="Equal", value="web", effect="NoSchedule")],
    affinity=c.V1Affinity(node_affinity=c.V1NodeAffinity(required_during_scheduling_ignored_during_execution=c.V1NodeSelector(
        node_selector_terms=[c.V1NodeSelectorTerm(match_expressions=[c.V1NodeSelectorRequirement(key="kubernetes.io/os", operator="In", values=["linux"])])]))),
    restart_policy="Always", termination_grace_period_seconds=30)
template = c.V1PodTemplateSpec(metadata=c.V1ObjectMeta(labels={"app": "web"}), spec=pod_spec)
selector = c.V1LabelSelector(match_labels={"app": "web"})
objects = {
    "pod": c.V1Pod(api_version="v1", kind="Pod", metadata=meta("web"), spec=pod_spec),
    "deployment": c.V1Deployment(api_version="apps/v1", kind="Deployment", metadata=meta("web"), spec=c.V1DeploymentSpec(
        replicas=3, selector=selector, template=template,
        strategy=c.V1DeploymentStrategy(type="RollingUpdate", rolling_update=c.V1RollingUpdateDeployment(max_surge="25%", max_unavailable=0)))),
    "statefulset": c.V1StatefulSet(api_version="apps/v1", kind="StatefulSet", metadata=meta("db"), spec=c.V1StatefulSetSpec(
        service_name="db", replicas=2, selector=selector, template=template,
        volume_claim_templates=[c.V1PersistentVolumeClaim(metadata=c.V1ObjectMeta(name="data"), spec=c.V1PersistentVolumeClaimSpec(
            access_modes=["ReadWriteOnce"], resources=c.V1ResourceRequirements(requests={"storage": "1Gi"})))])),
    "service": c.V1Service(api_version="v1", kind="Service", metadata=meta("web"), spec=c.V1ServiceSpec(
        type="NodePort", selector={"app": "web"}, ports=[c.V1ServicePort(name="http", port=80, target_port="http", node_port=30080)])),
    "cronjob": c.V1CronJob(api_version="batch/v1", kind="CronJob", metadata=meta("report"), spec=c.V1CronJobSpec(
        schedule="0 3 * * *", concurrency_policy="Forbid", job_template=c.V1JobTemplateSpec(spec=c.V1JobSpec(
            backoff_limit=2, template=c.V1PodTemplateSpec(spec=c.V1PodSpec(restart_policy="OnFailure",
                containers=[c.V1Container(name="report", image="busybox:1.36", args=["echo", "report"])])))))),
    "configmap": c.V1ConfigMap(api_version="v1", kind="ConfigMap", metadata=meta("web-config"), data={"mode": "prod", "app.properties": "a=1\nb=2\n"}),
    "secret": c.V1Secret(api_version="v1", kind="Secret", metadata=meta("web-secret"), type="Opaque", data={"password": "czNjcmV0"}, string_data={"user": "admin"}),
    "ingress": c.V1Ingress(api_version="networking.k8s.io/v1", kind="Ingress", metadata=meta("web"), spec=c.V1IngressSpec(
        ingress_class_name="nginx", rules=[c.V1IngressRule(host="web.example.com", http=c.V1HTTPIngressRuleValue(paths=[c.V1HTTPIngressPath(
            path="/", path_type="Prefix", backend=c.V1IngressBackend(service=c.V1IngressServiceBackend(name="web", port=c.V1ServiceBackendPort(number=80))))]))])),
    "networkpolicy": c.V1NetworkPolicy(api_version="networking.k8s.io/v1", kind="NetworkPolicy", metadata=meta("db-ingress"), spec=c.V1NetworkPolicySpec(
        pod_selector=c.V1LabelSelector(match_labels={"role": "db"}), policy_types=["Ingress"],
        ingress=[c.V1NetworkPolicyIngressRule(_from=[c.V1NetworkPolicyPeer(pod_selector=selector)], ports=[c.V1NetworkPolicyPort(protocol="TCP", port=5432)])])),
    "clusterrole": c.V1ClusterRole(api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole", metadata=meta("pod-reader"),
        rules=[c.V1PolicyRule(api_groups=[""], resources=["pods"], verbs=["get", "list", "watch"])]),
    "rolebinding": c.V1RoleBinding(api_version="rbac.authorization.k8s.io/v1", kind="RoleBinding", metadata=meta("read-pods"),
        role_ref=c.V1RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name="pod-reader"),
        subjects=[c.V1Subject(kind="ServiceAccount", name="reader", namespace="default")]),
}
for name, obj in objects.items():
    with open(name + ".json", "w") as f:
        json.dump(api.sanitize_for_serialization(obj), f, indent=2)
        f.write("\n")
