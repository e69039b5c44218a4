"""List, then create/patch/delete one ConfigMap, then watch from the list's resourceVersion.

A watch from resourceVersion N replays exactly what happened after N, so the stream must hold
ADDED, MODIFIED and DELETED for the ConfigMap, carrying the resourceVersions the writes returned.
timeout_seconds makes the server end the stream (and the client not retry) once caught up.
"""
from kubernetes import watch

from acceptance import run


def main(v1, namespace):
    listed = v1.list_namespaced_config_map(namespace)
    created = v1.create_namespaced_config_map(namespace, {"metadata": {"name": "watched"}, "data": {"step": "created"}})
    patched = v1.patch_namespaced_config_map("watched", namespace, {"data": {"step": "patched"}})
    v1.delete_namespaced_config_map("watched", namespace)

    events = []
    for event in watch.Watch().stream(v1.list_namespaced_config_map, namespace,
                                      resource_version=listed.metadata.resource_version, timeout_seconds=3):
        obj = event["object"]
        events.append({"type": event["type"], "name": obj.metadata.name,
                       "resourceVersion": obj.metadata.resource_version, "step": (obj.data or {}).get("step")})
    return {
        "listResourceVersion": listed.metadata.resource_version,
        "createdResourceVersion": created.metadata.resource_version,
        "patchedResourceVersion": patched.metadata.resource_version,
        "events": events,
    }


run(main)
