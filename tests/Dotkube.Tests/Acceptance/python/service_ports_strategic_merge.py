"""Strategic-merge patch of a Service's ports: the list merges by its key, port.

The client sends a dict body as application/strategic-merge-patch+json. Patching port 443's
targetPort and adding port 9090 must keep port 80 and the name of port 443.
"""
from acceptance import run


def main(v1, namespace):
    v1.create_namespaced_service(namespace, {
        "metadata": {"name": "ports"},
        "spec": {"selector": {"app": "ports"}, "ports": [
            {"name": "http", "port": 80, "targetPort": 8080},
            {"name": "https", "port": 443, "targetPort": 8443},
        ]},
    })
    patched = v1.patch_namespaced_service("ports", namespace, {"spec": {"ports": [
        {"port": 443, "targetPort": 9443},
        {"name": "metrics", "port": 9090},
    ]}})
    return {"ports": [{"name": p.name, "port": p.port, "protocol": p.protocol, "targetPort": p.target_port}
                      for p in patched.spec.ports]}


run(main)
