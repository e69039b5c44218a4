"""Shared start-up of the acceptance scripts: arguments, client, JSON output, clear failures.

Every script is run by the C# tests as `/usr/bin/python3 SCRIPT KUBECONFIG NAMESPACE` with
Debian's python3-kubernetes, prints one JSON document on stdout for the test to assert on,
and exits 1 with the API error (status, reason, body) on stderr when a call fails.
"""
import json
import sys

from kubernetes import client, config
from kubernetes.client.rest import ApiException


def run(main):
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} KUBECONFIG NAMESPACE")
    kubeconfig, namespace = sys.argv[1], sys.argv[2]
    api_client = config.new_client_from_config(config_file=kubeconfig)
    try:
        result = main(client.CoreV1Api(api_client), namespace)
    except ApiException as e:
        sys.exit(f"API call failed: {e.status} {e.reason}\n{e.body}")
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
