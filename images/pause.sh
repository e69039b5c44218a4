#!/bin/sh
# dotkube's pause: the pod sandbox's PID 1, behaving as upstream's pause binary does.
# - sleeps forever, holding the pod's namespaces;
# - reaps zombies: orphans in the pod's PID namespace are re-parented to PID 1, and busybox
#   ash's `wait` collects every exited child (waitpid(-1)), not only the one it waits for;
# - exits 0 on SIGINT or SIGTERM: PID 1 gets only the signals it has handlers for, and the
#   trap is that handler.
# A shell script rather than a compiled binary because the image is built from
# busybox-static alone, with no compiler: the sandbox costs one ash process (~1 MiB RSS).
trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM INT
while :; do
  sleep 2147483647 &
  sleeper=$!
  wait "$sleeper"
done
