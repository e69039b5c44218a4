"""JSON patch (RFC 6902) replacing a ConfigMap's whole /data.

The client sends a list body as application/json-patch+json; "replace" swaps the map, so no
old key survives.
"""
from acceptance import run


def main(v1, namespace):
    v1.create_namespaced_config_map(namespace, {"metadata": {"name": "replaced"}, "data": {"old": "1", "older": "2"}})
    patched = v1.patch_namespaced_config_map("replaced", namespace,
                                             [{"op": "replace", "path": "/data", "value": {"new": "3"}}])
    stored = v1.read_namespaced_config_map("replaced", namespace)
    return {"patched": patched.data, "stored": stored.data}


run(main)
