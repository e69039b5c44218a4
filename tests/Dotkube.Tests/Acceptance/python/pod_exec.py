"""Exec in a running pod through the client's WebSocket stream (v4.channel.k8s.io).

The namespace must hold a running pod named "web" whose image has sh. Runs one command
that writes to stdout and stderr and exits 3, and one that exits 0, and reports what the error
channel said (the client's returncode) with each stream's text.
"""
from acceptance import run
from kubernetes.stream import stream


def exec_in(v1, namespace, command):
    response = stream(v1.connect_get_namespaced_pod_exec, "web", namespace, command=command,
                      stdin=False, stdout=True, stderr=True, tty=False, _preload_content=False)
    response.run_forever(timeout=30)
    result = {"stdout": response.read_stdout(), "stderr": response.read_stderr(), "returncode": response.returncode}
    response.close()
    return result


def main(v1, namespace):
    return {
        "failing": exec_in(v1, namespace, ["sh", "-c", "echo to-out; echo to-err >&2; exit 3"]),
        "succeeding": exec_in(v1, namespace, ["cat", "/etc/hostname"]),
    }


run(main)
