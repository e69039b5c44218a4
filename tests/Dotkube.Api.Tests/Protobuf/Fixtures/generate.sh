#!/usr/bin/env bash
# Re-captures the fixtures: runs kubectl (1.32) against capture_server.py and keeps each
# request body exactly as sent (Content-Type application/vnd.kubernetes.protobuf).
# Usage: ./generate.sh [kubectl]   (needs python3; writes *.pb next to this script)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kubectl="${1:-kubectl}"
port=18089
work="$(mktemp -d)"
python3 "$here/capture_server.py" "$port" "$here" 2>"$work/server.log" &
server=$!
trap 'kill "$server"; rm -rf "$work"; rm -f "$here/.name"' EXIT
sleep 1

cat >"$work/kubeconfig" <<CFG
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "http://127.0.0.1:$port"}
  name: fake
contexts:
- context: {cluster: fake, user: u, namespace: default}
  name: fake
current-context: fake
users:
- name: u
  user: {token: dummy}
CFG
export KUBECONFIG="$work/kubeconfig"
printf '\x00\x01\xfe\xffbin' >"$work/blob.bin"

capture() {
  local name="$1"
  shift
  echo "$name" >"$here/.name"
  rm -f "$here/$name.pb"
  "$kubectl" "$@" >/dev/null 2>&1 || true   # replies are minimal; some commands complain after sending
  [[ -s "$here/$name.pb" ]] || { echo "no body captured for $name" >&2; exit 1; }
}

capture namespace create namespace demo
capture configmap create configmap c --from-literal=a=b --from-file=blob="$work/blob.bin"
capture secret create secret generic s --from-literal=p=q --type=Opaque
capture secret-docker create secret docker-registry reg --docker-server=r.example --docker-username=u --docker-password=pw
capture deployment create deployment web --image=busybox --replicas=2 --port=80
capture deployment-zero create deployment idle --image=busybox --replicas=0
capture service-clusterip create service clusterip web --tcp=80:8080
capture service-nodeport create service nodeport np --tcp=80:8080 --node-port=30080
capture job create job j --image=busybox -- sh -c "echo hi"
capture cronjob create cronjob cj --image=busybox --schedule="*/1 * * * *"
capture priorityclass create priorityclass high --value=1000 --description="important" --preemption-policy=Never
capture quota create quota q --hard=pods=10,cpu=2,memory=1Gi --scopes=NotTerminating
capture role create role r --verb=get,list --resource=pods
capture rolebinding create rolebinding rb --role=r --user=alice --serviceaccount=default:sa
capture clusterrole create clusterrole cr --verb=get --non-resource-url=/healthz
capture clusterrolebinding create clusterrolebinding crb --clusterrole=cr --group=devs
capture serviceaccount create serviceaccount sa
capture pdb-min create poddisruptionbudget pdb --selector=app=web --min-available=1
capture pdb-max create poddisruptionbudget pdb2 --selector=app=web --max-unavailable=50%
capture ingress create ingress ing --class=nginx --rule="foo.com/bar=svc1:8080" --rule="foo.com/baz*=svc2:http,tls=cert"
capture token create token sa --duration=1h
capture can-i auth can-i get pods --namespace=default
capture whoami auth whoami
