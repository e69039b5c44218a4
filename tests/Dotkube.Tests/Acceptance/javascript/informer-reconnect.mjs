// An informer on ConfigMaps across one server-side watch timeout. Usage:
//   node informer-reconnect.mjs KUBECONFIG NAMESPACE [TIMEOUT_SECONDS]
// The informer is built as client-node's makeInformer builds it (new ListWatch(path, new
// Watch(kc), listFn, false)), except that the Watch is wrapped to record requests and raw events.
//
// client-node 1.4.0 never sets timeoutSeconds itself: makeInformer/ListWatch send only
// resourceVersion (and selectors), and Watch's 30 s AbortSignal.timeout is overwritten by the
// plain abort signal on the next line, so a watch lasts until the server ends it (upstream:
// 30-60 min). Watch builds its URL with `new URL(server + path)` and then *adds* its own query
// parameters, so a path carrying "?timeoutSeconds=30" gives every watch of this informer the
// 30 s timeout, and the reconnect happens within the test.
//
// Prints one JSON document: list calls, every watch request with the raw events it carried,
// and the informer's add/update/delete callbacks per object. The C# test asserts on it; this
// script exits non-zero only when a step does not happen in time, naming the step.
import * as k8s from '@kubernetes/client-node';

const [kubeconfigPath, namespace, timeoutArg] = process.argv.slice(2);
if (!kubeconfigPath || !namespace) {
  console.error('usage: node informer-reconnect.mjs KUBECONFIG NAMESPACE [TIMEOUT_SECONDS]');
  process.exit(2);
}
const watchTimeoutSeconds = Number(timeoutArg ?? 30);

const kc = new k8s.KubeConfig();
kc.loadFromFile(kubeconfigPath);
const core = kc.makeApiClient(k8s.CoreV1Api);

const result = { lists: 0, watches: [], callbacks: [], errors: [] };

/** Delegates to client-node's Watch and records each request and every raw event on it. */
class RecordingWatch {
  constructor(inner) {
    this.inner = inner;
  }

  async watch(path, queryParams, callback, done) {
    const record = { path, query: { ...queryParams }, established: false, ended: false, events: [] };
    result.watches.push(record);
    const controller = await this.inner.watch(
      path,
      queryParams,
      (phase, obj, raw) => {
        record.events.push({ type: phase, name: obj?.metadata?.name, resourceVersion: obj?.metadata?.resourceVersion });
        callback(phase, obj, raw);
      },
      (err) => {
        record.ended = true;
        record.error = err ? String(err) : null;
        done(err);
      },
    );
    // Watch resolves once the response headers arrived: the server has registered the watch.
    record.established = true;
    return controller;
  }
}

function configMap(name, value) {
  return { metadata: { name, namespace, labels: { test: 'informer' } }, data: { value } };
}

async function waitFor(what, timeoutMs, predicate) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sawEvent = (watch, type, name) => watch?.events.some((e) => e.type === type && e.name === name);

const listFn = () => {
  result.lists++;
  return core.listNamespacedConfigMap({ namespace });
};
const path = `/api/v1/namespaces/${namespace}/configmaps?timeoutSeconds=${watchTimeoutSeconds}`;
const informer = new k8s.ListWatch(path, new RecordingWatch(new k8s.Watch(kc)), listFn, false);
for (const verb of [k8s.ADD, k8s.UPDATE, k8s.DELETE]) {
  informer.on(verb, (obj) => result.callbacks.push({ verb, name: obj.metadata.name, resourceVersion: obj.metadata.resourceVersion }));
}
// stop() aborts the open watch, which ListWatch reports as an error; only earlier ones count.
let stopping = false;
informer.on(k8s.ERROR, (err) => stopping || result.errors.push(String(err?.message ?? err)));

let exitCode = 0;
try {
  // Objects that exist before the informer starts reach it through the list, not the watch.
  await core.createNamespacedConfigMap({ namespace, body: configMap('before-1', 'v1') });
  await core.createNamespacedConfigMap({ namespace, body: configMap('before-2', 'v1') });

  await informer.start();
  await core.createNamespacedConfigMap({ namespace, body: configMap('during-1', 'v1') });
  await waitFor('ADDED during-1 on the first watch', 10_000, () => sawEvent(result.watches[0], 'ADDED', 'during-1'));

  // The server ends the first watch after timeoutSeconds; ListWatch then watches again from its
  // last resourceVersion without listing.
  await waitFor(
    `the server to end the first watch after ${watchTimeoutSeconds} s and the informer to watch again`,
    (watchTimeoutSeconds + 15) * 1000,
    () => result.watches.length >= 2 && result.watches[1].established,
  );

  await core.createNamespacedConfigMap({ namespace, body: configMap('after-1', 'v1') });
  const before1 = await core.readNamespacedConfigMap({ name: 'before-1', namespace });
  before1.data = { value: 'v2' };
  await core.replaceNamespacedConfigMap({ name: 'before-1', namespace, body: before1 });
  await waitFor('ADDED after-1 and MODIFIED before-1 on the second watch', 10_000,
    () => sawEvent(result.watches[1], 'ADDED', 'after-1') && sawEvent(result.watches[1], 'MODIFIED', 'before-1'));
} catch (err) {
  result.failure = String(err?.message ?? err);
  exitCode = 1;
} finally {
  stopping = true;
  await informer.stop();
}

console.log(JSON.stringify(result, null, 2));
if (exitCode !== 0) {
  console.error(`informer-reconnect: ${result.failure}`);
}
process.exit(exitCode);
