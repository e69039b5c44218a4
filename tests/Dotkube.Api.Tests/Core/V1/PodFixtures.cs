namespace Dotkube.Api.Tests.Core.V1;

/// <summary>A realistic running pod, written the way the API server returns it (keys in upstream order).</summary>
internal static class PodFixtures
{
    public const string FullPodJson = """
    {
      "kind": "Pod",
      "apiVersion": "v1",
      "metadata": {
        "name": "web-7d9f8b6c5d-x2k4q",
        "generateName": "web-7d9f8b6c5d-",
        "namespace": "shop",
        "uid": "5f0c3a52-1b7e-4d7a-9a43-0e6f8f2b9c11",
        "resourceVersion": "48213",
        "creationTimestamp": "2024-05-01T10:00:00Z",
        "labels": { "app": "web", "pod-template-hash": "7d9f8b6c5d" },
        "ownerReferences": [
          { "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-7d9f8b6c5d", "uid": "0b8e4a1c-2d3f-4e5a-8b6c-7d8e9f0a1b2c", "controller": true, "blockOwnerDeletion": true }
        ]
      },
      "spec": {
        "volumes": [
          { "name": "cache", "emptyDir": { "medium": "Memory", "sizeLimit": "64Mi" } },
          {
            "name": "kube-api-access",
            "projected": {
              "sources": [
                { "serviceAccountToken": { "expirationSeconds": 3600, "path": "token" } },
                { "configMap": { "name": "kube-root-ca.crt", "items": [ { "key": "ca.crt", "path": "ca.crt" } ] } },
                { "downwardAPI": { "items": [ { "path": "namespace", "fieldRef": { "apiVersion": "v1", "fieldPath": "metadata.namespace" } } ] } },
                { "secret": { "name": "extra", "optional": true } },
                { "clusterTrustBundle": { "signerName": "example.com/signer", "labelSelector": { "matchLabels": { "trust": "yes" } }, "path": "bundle.pem" } }
              ],
              "defaultMode": 420
            }
          },
          { "name": "config", "configMap": { "name": "settings", "defaultMode": 420 } },
          { "name": "creds", "secret": { "secretName": "db", "items": [ { "key": "password", "path": "pw", "mode": 256 } ] } },
          { "name": "data", "persistentVolumeClaim": { "claimName": "data-web", "readOnly": true } },
          { "name": "host", "hostPath": { "path": "/var/log", "type": "Directory" } },
          { "name": "nfs", "nfs": { "server": "nfs.example.com", "path": "/exports" } },
          { "name": "csi", "csi": { "driver": "secrets-store.csi.k8s.io", "readOnly": true, "volumeAttributes": { "provider": "vault" } } },
          { "name": "model", "image": { "reference": "registry.example.com/model:v1", "pullPolicy": "IfNotPresent" } },
          {
            "name": "scratch",
            "ephemeral": {
              "volumeClaimTemplate": {
                "metadata": { "creationTimestamp": null, "labels": { "type": "scratch" } },
                "spec": { "accessModes": [ "ReadWriteOnce" ], "resources": { "requests": { "storage": "1Gi" } }, "storageClassName": "fast" }
              }
            }
          }
        ],
        "initContainers": [
          {
            "name": "migrate",
            "image": "registry.example.com/web:1.4.2",
            "command": [ "/bin/migrate" ],
            "args": [ "--up" ],
            "envFrom": [ { "prefix": "DB_", "configMapRef": { "name": "db-config" } }, { "secretRef": { "name": "db-secret", "optional": false } } ],
            "resources": {},
            "readinessProbe": { "exec": { "command": [ "cat", "/tmp/ready" ] } },
            "terminationMessagePath": "/dev/termination-log",
            "terminationMessagePolicy": "File",
            "imagePullPolicy": "IfNotPresent"
          },
          {
            "name": "proxy",
            "image": "registry.example.com/proxy:2.0",
            "resources": { "requests": { "cpu": "50m" } },
            "restartPolicy": "Always",
            "terminationMessagePath": "/dev/termination-log",
            "terminationMessagePolicy": "FallbackToLogsOnError",
            "imagePullPolicy": "IfNotPresent"
          }
        ],
        "containers": [
          {
            "name": "web",
            "image": "registry.example.com/web:1.4.2",
            "workingDir": "/srv",
            "ports": [ { "name": "http", "containerPort": 8080, "protocol": "TCP" }, { "containerPort": 9090, "hostPort": 9090, "protocol": "UDP", "hostIP": "0.0.0.0" } ],
            "env": [
              { "name": "POD_NAME", "valueFrom": { "fieldRef": { "apiVersion": "v1", "fieldPath": "metadata.name" } } },
              { "name": "MEM_LIMIT", "valueFrom": { "resourceFieldRef": { "containerName": "web", "resource": "limits.memory", "divisor": "1Mi" } } },
              { "name": "MODE", "valueFrom": { "configMapKeyRef": { "name": "settings", "key": "mode", "optional": true } } },
              { "name": "DB_PASSWORD", "valueFrom": { "secretKeyRef": { "name": "db", "key": "password" } } },
              { "name": "GREETING", "value": "hello $(POD_NAME)" }
            ],
            "resources": {
              "limits": { "cpu": "500m", "memory": "256Mi" },
              "requests": { "cpu": "250m", "memory": "128Mi" },
              "claims": [ { "name": "gpu", "request": "one" } ]
            },
            "resizePolicy": [ { "resourceName": "cpu", "restartPolicy": "NotRequired" } ],
            "volumeMounts": [
              { "name": "cache", "mountPath": "/cache" },
              { "name": "config", "readOnly": true, "recursiveReadOnly": "IfPossible", "mountPath": "/etc/web", "subPath": "web.yaml", "mountPropagation": "None" },
              { "name": "host", "mountPath": "/logs", "subPathExpr": "$(POD_NAME)" }
            ],
            "volumeDevices": [ { "name": "data", "devicePath": "/dev/xvda" } ],
            "livenessProbe": {
              "httpGet": { "path": "/healthz", "port": "http", "scheme": "HTTP", "httpHeaders": [ { "name": "X-Probe", "value": "1" } ] },
              "initialDelaySeconds": 10,
              "timeoutSeconds": 1,
              "periodSeconds": 10,
              "successThreshold": 1,
              "failureThreshold": 3,
              "terminationGracePeriodSeconds": 15
            },
            "readinessProbe": { "tcpSocket": { "port": 8080 }, "periodSeconds": 5 },
            "startupProbe": { "grpc": { "port": 9090, "service": "web" }, "failureThreshold": 30 },
            "lifecycle": {
              "postStart": { "httpGet": { "path": "/started", "port": 8080, "host": "localhost" } },
              "preStop": { "sleep": { "seconds": 5 } }
            },
            "terminationMessagePath": "/dev/termination-log",
            "terminationMessagePolicy": "File",
            "imagePullPolicy": "Always",
            "securityContext": {
              "capabilities": { "add": [ "NET_BIND_SERVICE" ], "drop": [ "ALL" ] },
              "privileged": false,
              "runAsUser": 1000,
              "runAsNonRoot": true,
              "readOnlyRootFilesystem": true,
              "allowPrivilegeEscalation": false,
              "procMount": "Default",
              "seccompProfile": { "type": "RuntimeDefault" },
              "appArmorProfile": { "type": "Localhost", "localhostProfile": "web" }
            },
            "stdin": false,
            "tty": false
          }
        ],
        "ephemeralContainers": [
          {
            "name": "debugger",
            "image": "busybox:1.36",
            "command": [ "sh" ],
            "resources": {},
            "terminationMessagePath": "/dev/termination-log",
            "terminationMessagePolicy": "File",
            "imagePullPolicy": "IfNotPresent",
            "stdin": true,
            "tty": true,
            "targetContainerName": "web"
          }
        ],
        "restartPolicy": "Always",
        "terminationGracePeriodSeconds": 30,
        "activeDeadlineSeconds": 86400,
        "dnsPolicy": "ClusterFirst",
        "nodeSelector": { "kubernetes.io/os": "linux" },
        "serviceAccountName": "web",
        "serviceAccount": "web",
        "automountServiceAccountToken": false,
        "nodeName": "worker-1",
        "hostNetwork": false,
        "hostPID": false,
        "hostIPC": true,
        "shareProcessNamespace": true,
        "securityContext": {
          "seLinuxOptions": { "user": "system_u", "role": "system_r", "type": "spc_t", "level": "s0:c123,c456" },
          "runAsUser": 1000,
          "runAsGroup": 3000,
          "runAsNonRoot": true,
          "supplementalGroups": [ 4000 ],
          "supplementalGroupsPolicy": "Merge",
          "fsGroup": 2000,
          "sysctls": [ { "name": "net.ipv4.ip_local_port_range", "value": "1024 65000" } ],
          "fsGroupChangePolicy": "OnRootMismatch",
          "seccompProfile": { "type": "Localhost", "localhostProfile": "profiles/web.json" }
        },
        "imagePullSecrets": [ { "name": "registry" } ],
        "hostname": "web-0",
        "subdomain": "web",
        "affinity": {
          "nodeAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": {
              "nodeSelectorTerms": [
                { "matchExpressions": [ { "key": "topology.kubernetes.io/zone", "operator": "In", "values": [ "eu-west-1a", "eu-west-1b" ] } ] }
              ]
            },
            "preferredDuringSchedulingIgnoredDuringExecution": [
              { "weight": 10, "preference": { "matchFields": [ { "key": "metadata.name", "operator": "NotIn", "values": [ "worker-9" ] } ] } }
            ]
          },
          "podAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": [
              { "labelSelector": { "matchLabels": { "app": "cache" } }, "namespaces": [ "shop" ], "topologyKey": "topology.kubernetes.io/zone" }
            ]
          },
          "podAntiAffinity": {
            "preferredDuringSchedulingIgnoredDuringExecution": [
              {
                "weight": 100,
                "podAffinityTerm": {
                  "labelSelector": { "matchExpressions": [ { "key": "app", "operator": "In", "values": [ "web" ] } ] },
                  "topologyKey": "kubernetes.io/hostname",
                  "namespaceSelector": {},
                  "matchLabelKeys": [ "pod-template-hash" ]
                }
              }
            ]
          }
        },
        "schedulerName": "default-scheduler",
        "tolerations": [
          { "key": "dedicated", "operator": "Equal", "value": "web", "effect": "NoSchedule" },
          { "key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300 }
        ],
        "hostAliases": [ { "ip": "10.0.0.10", "hostnames": [ "db.local" ] } ],
        "priorityClassName": "high",
        "priority": 1000000,
        "dnsConfig": { "nameservers": [ "1.1.1.1" ], "searches": [ "shop.svc.cluster.local" ], "options": [ { "name": "ndots", "value": "2" }, { "name": "edns0" } ] },
        "readinessGates": [ { "conditionType": "example.com/lb-ready" } ],
        "runtimeClassName": "runc",
        "enableServiceLinks": true,
        "preemptionPolicy": "PreemptLowerPriority",
        "overhead": { "cpu": "10m" },
        "topologySpreadConstraints": [
          {
            "maxSkew": 1,
            "topologyKey": "topology.kubernetes.io/zone",
            "whenUnsatisfiable": "DoNotSchedule",
            "labelSelector": { "matchLabels": { "app": "web" } },
            "minDomains": 2,
            "nodeAffinityPolicy": "Honor",
            "nodeTaintsPolicy": "Ignore",
            "matchLabelKeys": [ "pod-template-hash" ]
          }
        ],
        "setHostnameAsFQDN": false,
        "os": { "name": "linux" },
        "hostUsers": true,
        "schedulingGates": [ { "name": "example.com/quota" } ],
        "resourceClaims": [ { "name": "gpu", "resourceClaimTemplateName": "gpu-template" } ]
      },
      "status": {
        "phase": "Running",
        "conditions": [
          { "type": "PodReadyToStartContainers", "status": "True", "lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:05Z" },
          { "type": "Ready", "status": "True", "lastProbeTime": "2024-05-01T10:01:00Z", "lastTransitionTime": "2024-05-01T10:00:30Z" },
          { "type": "PodScheduled", "status": "True", "lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:00Z", "reason": "Scheduled", "message": "bound" }
        ],
        "hostIP": "192.168.1.20",
        "hostIPs": [ { "ip": "192.168.1.20" }, { "ip": "fd00::20" } ],
        "podIP": "10.244.1.7",
        "podIPs": [ { "ip": "10.244.1.7" }, { "ip": "fd00:10:244::7" } ],
        "startTime": "2024-05-01T10:00:01Z",
        "initContainerStatuses": [
          {
            "name": "migrate",
            "state": { "waiting": { "reason": "PodInitializing" } },
            "lastState": {},
            "ready": false,
            "restartCount": 0,
            "image": "registry.example.com/web:1.4.2",
            "imageID": "",
            "started": false
          }
        ],
        "containerStatuses": [
          {
            "name": "web",
            "state": { "running": { "startedAt": "2024-05-01T10:00:20Z" } },
            "lastState": {
              "terminated": {
                "exitCode": 137,
                "signal": 9,
                "reason": "OOMKilled",
                "message": "out of memory",
                "startedAt": "2024-05-01T09:50:00Z",
                "finishedAt": "2024-05-01T10:00:10Z",
                "containerID": "containerd://0a1b2c"
              }
            },
            "ready": true,
            "restartCount": 3,
            "image": "registry.example.com/web:1.4.2",
            "imageID": "registry.example.com/web@sha256:4f1e9a",
            "containerID": "containerd://3d4e5f",
            "started": true,
            "allocatedResources": { "cpu": "250m", "memory": "128Mi" },
            "resources": { "limits": { "cpu": "500m", "memory": "256Mi" }, "requests": { "cpu": "250m", "memory": "128Mi" } },
            "volumeMounts": [ { "name": "config", "mountPath": "/etc/web", "readOnly": true, "recursiveReadOnly": "Enabled" } ],
            "user": { "linux": { "uid": 1000, "gid": 3000, "supplementalGroups": [ 3000, 4000 ] } },
            "allocatedResourcesStatus": [ { "name": "claim:gpu/one", "resources": [ { "resourceID": "driver/pool/gpu-0", "health": "Healthy" } ] } ]
          }
        ],
        "qosClass": "Burstable",
        "resourceClaimStatuses": [ { "name": "gpu", "resourceClaimName": "web-7d9f8b6c5d-x2k4q-gpu-8xk2p" } ]
      }
    }
    """;
}
