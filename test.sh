#!/usr/bin/env bash
# Runs the whole dotkube test suite (unit, integration, e2e) and ends with the line
# "N passed, N failed". Installs the Debian packages the tests need when run as root.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

say() { printf 'test.sh: %s\n' "$*" >&2; }

# Debian packages the test tiers use: the kubelet's and the image tests run containerd, runc and
# the CNI plugins, and build images from busybox-static's /bin/busybox; the cluster DNS tests query
# with dnsutils' dig.
test_packages=(etcd-server python3-kubernetes containerd runc containernetworking-plugins busybox-static dnsutils)
# The proxy's e2e tests apply its rules inside their own network namespaces (iproute2's ip netns)
# with iptables-restore, and clear UDP flows with conntrack.
test_packages+=(iproute2 iptables conntrack)
# The client acceptance tests run /usr/bin/kubectl; any kubectl there will do (Debian's comes
# from kubernetes-client), so the package is only needed when the binary is missing.
[ -x /usr/bin/kubectl ] || test_packages+=(kubernetes-client)
# The JavaScript client's tests need node and npm; a node from elsewhere (nodesource) already
# ships npm and conflicts with Debian's npm package, so each is added only when missing.
command -v node >/dev/null || test_packages+=(nodejs)
command -v npm >/dev/null || test_packages+=(npm)

missing=()
for p in "${test_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || { say "apt-get install failed"; exit 1; }
  else
    say "missing packages: ${missing[*]} (run as root to install them)"
    exit 1
  fi
fi

command -v dotnet >/dev/null || { say "the .NET 10 SDK (dotnet) is required"; exit 1; }

# @kubernetes/client-node for the JavaScript acceptance test, pinned by its package-lock.json;
# reinstalled when the lock file changed since the last npm ci.
js_dir="$repo/tests/Dotkube.Tests/Acceptance/javascript"
if [ ! -d "$js_dir/node_modules" ] || [ "$js_dir/package-lock.json" -nt "$js_dir/node_modules/.package-lock.json" ]; then
  say "npm ci in ${js_dir#"$repo"/}"
  (cd "$js_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || { say "npm ci failed"; exit 1; }
fi

say "building"
if ! dotnet build dotkube.slnx -c Release -nologo -v quiet -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  say "build failed"
  exit 1
fi

log="$repo/artifacts/test.log"
mkdir -p "$repo/artifacts"
dotnet test dotkube.slnx -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-assembly summaries: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i+1))
      if ($i == "Failed:") f += $(i+1)
      if ($i == "Passed:") p += $(i+1)
      if ($i == "Skipped:") s += $(i+1)
    }
  }
  END { print p+0, f+0, s+0 }' "$log")

assemblies=$(find tests -name '*.Tests.csproj' | wc -l)
reported=$(grep -cE '(Passed|Failed)! +- +Failed:' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A test host that crashed or an assembly that reported nothing still fails the run.
  failed=1
fi
if [ "$reported" -lt "$assemblies" ]; then
  say "only $reported of $assemblies test assemblies reported results"
  [ "$failed" -eq 0 ] && failed=1
fi
if [ "$skipped" -gt 0 ]; then
  say "$skipped skipped tests: a skipped test proves nothing"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
