"""A fake API server that records what kubectl sends (see generate.sh).

It answers just enough discovery for kubectl's RESTMapper and, for every POST, saves the raw
body as <name>.pb, where <name> is read from <out>/.name. The reply echoes apiVersion, kind,
name and namespace (read from the protobuf envelope) so kubectl prints its usual line.
"""
import http.server
import json
import os
import sys

OUT = sys.argv[2]
RESOURCES = {
    "v1": [("namespaces", "Namespace", False), ("configmaps", "ConfigMap", True), ("secrets", "Secret", True),
           ("services", "Service", True), ("serviceaccounts", "ServiceAccount", True), ("pods", "Pod", True),
           ("resourcequotas", "ResourceQuota", True), ("nodes", "Node", False)],
    "apps/v1": [("deployments", "Deployment", True), ("replicasets", "ReplicaSet", True)],
    "batch/v1": [("jobs", "Job", True), ("cronjobs", "CronJob", True)],
    "policy/v1": [("poddisruptionbudgets", "PodDisruptionBudget", True)],
    "scheduling.k8s.io/v1": [("priorityclasses", "PriorityClass", False)],
    "networking.k8s.io/v1": [("ingresses", "Ingress", True)],
    "rbac.authorization.k8s.io/v1": [("roles", "Role", True), ("rolebindings", "RoleBinding", True),
                                     ("clusterroles", "ClusterRole", False), ("clusterrolebindings", "ClusterRoleBinding", False)],
    "authentication.k8s.io/v1": [("selfsubjectreviews", "SelfSubjectReview", False), ("tokenreviews", "TokenReview", False)],
    "authorization.k8s.io/v1": [("selfsubjectaccessreviews", "SelfSubjectAccessReview", False)],
}


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def field(b, num):
    """The first length-delimited field `num` of a message, or b''."""
    i = 0
    while i < len(b):
        k, i = varint(b, i)
        t = k & 7
        if t == 0:
            _, i = varint(b, i)
        elif t == 2:
            n, i = varint(b, i)
            if k >> 3 == num:
                return b[i:i + n]
            i += n
        else:
            i += 8 if t == 1 else 4
    return b""


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        sys.stderr.write("%s %s %s\n" % (self.command, self.path, self.headers.get("Content-Type")))

    def reply(self, code, obj):
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/api":
            return self.reply(200, {"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": []})
        if path == "/apis":
            groups = [gv for gv in RESOURCES if "/" in gv]
            return self.reply(200, {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
                {"name": gv.split("/")[0], "versions": [{"groupVersion": gv, "version": gv.split("/")[1]}],
                 "preferredVersion": {"groupVersion": gv, "version": gv.split("/")[1]}} for gv in groups]})
        gv = path[len("/api/"):] if path.startswith("/api/") else path[len("/apis/"):]
        if gv in RESOURCES:
            return self.reply(200, {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": [
                {"name": p, "singularName": k.lower(), "namespaced": ns, "kind": k,
                 "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"]}
                for p, k, ns in RESOURCES[gv]]})
        return self.reply(404, {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "NotFound", "code": 404})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with open(os.path.join(OUT, ".name")) as f:
            name = f.read().strip()
        with open(os.path.join(OUT, name + ".pb"), "wb") as f:
            f.write(body)
        reply = {"metadata": {"name": "x"}}
        if body[:4] == b"k8s\x00":
            unknown = body[4:]
            type_meta, raw = field(unknown, 1), field(unknown, 2)
            meta = field(raw, 1)
            reply = {"apiVersion": field(type_meta, 1).decode(), "kind": field(type_meta, 2).decode(),
                     "metadata": {"name": field(meta, 1).decode() or "x"}}
            namespace = field(meta, 3).decode()
            if namespace:
                reply["metadata"]["namespace"] = namespace
        return self.reply(201, reply)


http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
