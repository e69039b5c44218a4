// Regenerates these fixtures with the official JavaScript client (@kubernetes/client-node, 1.4.0
// when they were written): objects serialized by its ObjectSerializer, as the client sends them.
// Usage: npm install @kubernetes/client-node@1 in a scratch folder, then
//   NODE_PATH=<scratch>/node_modules node generate.mjs <scratch>/node_modules
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const modules = process.argv[2];
const { ObjectSerializer } = await import(pathToFileURL(join(modules, '@kubernetes/client-node/dist/serializer.js')).href);
const here = dirname(fileURLToPath(import.meta.url));

const labels = { app: 'web' };
const container = {
  name: 'web', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent',
  ports: [{ containerPort: 8080, name: 'http' }],
  env: [{ name: 'MODE', value: 'prod' }, { name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
  resources: { requests: { cpu: '250m', memory: '128Mi' }, limits: { memory: '256Mi' } },
  startupProbe: { exec: { command: ['cat', '/tmp/ready'] }, failureThreshold: 30, periodSeconds: 1 },
  lifecycle: { preStop: { sleep: { seconds: 5 } } },
};
const objects = {
  deployment: ['V1Deployment', {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', labels },
    spec: { replicas: 2, selector: { matchLabels: labels }, strategy: { type: 'Recreate' },
      template: { metadata: { labels }, spec: { containers: [container], topologySpreadConstraints: [
        { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: labels } }] } } },
  }],
  daemonset: ['V1DaemonSet', {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', labels },
    spec: { selector: { matchLabels: labels }, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: { metadata: { labels }, spec: { hostNetwork: true, containers: [{ name: 'agent', image: 'busybox:1.36', args: ['sleep', '3600'] }] } } },
  }],
  job: ['V1Job', {
    apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'once' },
    spec: { completions: 3, parallelism: 1, backoffLimit: 1, ttlSecondsAfterFinished: 60,
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'once', image: 'busybox:1.36', command: ['true'] }] } } },
  }],
  service: ['V1Service', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', labels },
    spec: { type: 'LoadBalancer', selector: labels, sessionAffinity: 'ClientIP', ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
  }],
  hpa: ['V2HorizontalPodAutoscaler', {
    apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
  }],
  lease: ['V1Lease', {
    apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'leader' },
    spec: { holderIdentity: 'node-1', leaseDurationSeconds: 15, leaseTransitions: 3 },
  }],
  role: ['V1Role', {
    apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'config-editor' },
    rules: [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['web-config'], verbs: ['get', 'update', 'patch'] }],
  }],
  pvc: ['V1PersistentVolumeClaim', {
    apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' },
    spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'local-path', resources: { requests: { storage: '5Gi' } } },
  }],
};
for (const [name, [type, obj]] of Object.entries(objects)) {
  writeFileSync(join(here, `${name}.json`), JSON.stringify(ObjectSerializer.serialize(obj, type), null, 2) + '\n');
}
