#!/usr/bin/env bash
# Regenerates these fixtures with the real kubectl (1.32 when they were written). Client-side
# dry runs need no server; generators that need discovery (create role, run) are left out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# The dry-run flags go before a "--" (after it they would be the container's arguments).
k() {
  local out="$1" args=() arg seen=0
  shift
  for arg in "$@"; do
    if [ "$arg" = "--" ] && [ $seen -eq 0 ]; then args+=(--dry-run=client -o json); seen=1; fi
    args+=("$arg")
  done
  [ $seen -eq 1 ] || args+=(--dry-run=client -o json)
  kubectl "${args[@]}" > "$out"
}
k deployment.json create deployment web --image=nginx:1.27 --replicas=2 --port=80
k service-clusterip.json create service clusterip web --tcp=80:8080
k service-nodeport.json create service nodeport np --tcp=80:8080 --node-port=30080
k service-loadbalancer.json create service loadbalancer lb --tcp=443:8443
k service-externalname.json create service externalname ext --external-name=db.example.com
k configmap.json create configmap cfg --from-literal=a=1 --from-literal=b=two
k secret-generic.json create secret generic creds --from-literal=password=s3cret
k secret-docker-registry.json create secret docker-registry reg --docker-server=registry.example.com --docker-username=u --docker-password=p
k job.json create job pi --image=perl:5.34 -- perl -e 'print 1'
k cronjob.json create cronjob hello --image=busybox:1.36 --schedule='*/5 * * * *' -- echo hi
k rolebinding.json create rolebinding read-pods --role=pod-reader --user=jane --serviceaccount=default:reader
k clusterrole.json create clusterrole health-reader --verb=get --non-resource-url=/healthz --non-resource-url=/livez
k clusterrole-aggregated.json create clusterrole monitoring --aggregation-rule=rbac.example.com/aggregate-to-monitoring=true
k clusterrolebinding.json create clusterrolebinding read-nodes --clusterrole=node-reader --group=ops
k ingress.json create ingress simple --class=nginx --rule='foo.com/bar*=svc1:8080,tls=my-cert'
k pdb.json create poddisruptionbudget web-pdb --selector=app=web --min-available=1
k priorityclass.json create priorityclass high --value=1000 --description='urgent work' --preemption-policy=Never
k quota.json create quota pods-best-effort --hard=pods=2 --scopes=BestEffort
k quota-compute.json create quota compute --hard=cpu=1,memory=1G,pods=10,services.loadbalancers=1
k serviceaccount.json create serviceaccount reader
k namespace.json create namespace team-a
