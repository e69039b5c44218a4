"""delete_collection with a label selector deletes the matching ConfigMaps and only those."""
import json

from acceptance import run


def main(v1, namespace):
    for name, group in [("a-1", "a"), ("a-2", "a"), ("a-3", "a"), ("b-1", "b")]:
        v1.create_namespaced_config_map(namespace, {"metadata": {"name": name, "labels": {"group": group}}})
    # The generated client types the answer as V1Status; upstream sends the list of deleted
    # objects, so read the raw body to see which ones.
    response = v1.delete_collection_namespaced_config_map(namespace, label_selector="group=a", _preload_content=False)
    deleted = json.loads(response.data)
    remaining = v1.list_namespaced_config_map(namespace, label_selector="group")
    return {
        "deletedKind": deleted.get("kind"),
        "deleted": sorted(item["metadata"]["name"] for item in deleted.get("items", [])),
        "remaining": sorted(item.metadata.name for item in remaining.items),
    }


run(main)
