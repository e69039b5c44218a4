#!/usr/bin/env bash
# Builds dotkube's built-in images as OCI image tarballs, with no network and no container tool:
#   busybox.tar  docker.io/library/busybox:latest, docker.io/library/busybox:1.36
#   pause.tar    registry.k8s.io/pause:3.10
# from the static busybox of Debian's busybox-static (bash, coreutils and GNU tar only).
# Usage: images/build.sh [OUT_DIR]   (default: artifacts/images in the repository)
# Every byte is deterministic (fixed mtimes, sorted entries, owner 0:0, fixed modes), so a
# rebuild from the same busybox gives the same digests. See images/README.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo/artifacts/images}"
busybox="${BUSYBOX:-/bin/busybox}"
say() { printf 'images/build.sh: %s\n' "$*" >&2; }

[ -x "$busybox" ] || { say "$busybox not found: install Debian's busybox-static"; exit 1; }
# A dynamically linked busybox (Debian's busybox package) would not run in an empty image.
if ldd "$busybox" >/dev/null 2>&1; then say "$busybox is dynamically linked: install busybox-static instead"; exit 1; fi

# OCI platform names for Debian architectures (as in the image-spec's platform list).
arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
variant=""
case "$arch" in
  amd64|x86_64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  armhf) arch=arm variant=v7 ;;
  armel) arch=arm variant=v5 ;;
  i386|i686) arch=386 ;;
  ppc64el) arch=ppc64le ;;
  mips64el) arch=mips64le ;;
  s390x|riscv64|loong64) ;;
  *) say "unknown architecture $arch"; exit 1 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LC_ALL=C

# A tar whose bytes depend only on the tree's names, contents and modes.
det_tar() { # det_tar OUT DIR ENTRY...
  local tarfile="$1" dir="$2"; shift 2
  tar --create --file "$tarfile" --directory "$dir" --format=ustar --sort=name --mtime=@0 \
    --owner=0 --group=0 --numeric-owner --no-recursion --files-from <(cd "$dir" && find "$@" | sort)
}

# blob FILE MEDIATYPE: stores FILE as a blob, prints its descriptor JSON.
blob() {
  local sum size
  sum="$(sha256sum "$1" | cut -d' ' -f1)"
  size="$(stat -c %s "$1")"
  mkdir -p "$work/layout/blobs/sha256"
  cp "$1" "$work/layout/blobs/sha256/$sum"
  printf '{"mediaType":"%s","digest":"sha256:%s","size":%s}' "$2" "$sum" "$size"
}
digest_of() { sed 's/.*"digest":"\([^"]*\)".*/\1/' <<<"$1"; }
json_list() { local IFS=,; printf '[%s]' "$*"; }

# The busybox tree: the binary, one symlink per applet in /bin (as the upstream image keeps
# every applet in /bin), root and nobody, a sticky /tmp.
rootfs="$work/busybox"
mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp" "$rootfs/root" "$rootfs/home" "$rootfs/var/www"
cp "$busybox" "$rootfs/bin/busybox"
for applet in $("$busybox" --list); do
  [ "$applet" = busybox ] || ln -s busybox "$rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nnobody:x:65534:\n' >"$rootfs/etc/group"
find "$rootfs" -type d -exec chmod 0755 {} +
chmod 0644 "$rootfs/etc/passwd" "$rootfs/etc/group"
chmod 0755 "$rootfs/bin/busybox"
chmod 1777 "$rootfs/tmp"
chmod 0700 "$rootfs/root"
det_tar "$work/busybox-layer.tar" "$rootfs" bin etc home root tmp var

# The pause layer: /pause on top of the busybox layer (see the script for why a shell).
mkdir -p "$work/pause"
cp "$repo/images/pause.sh" "$work/pause/pause"
chmod 0755 "$work/pause/pause"
det_tar "$work/pause-layer.tar" "$work/pause" pause

layer_media=application/vnd.oci.image.layer.v1.tar
# image NAME CONFIG_EXTRA LAYER_TAR... : writes OUT/NAME.tar from the layers, tagged by $refs.
image() {
  local name="$1" extra="$2"; shift 2
  rm -rf "$work/layout"
  local layers=() diffs=() history=() layer desc
  for layer in "$@"; do
    desc="$(blob "$layer" "$layer_media")"
    layers+=("$desc")
    diffs+=("\"$(digest_of "$desc")\"")
    history+=("{\"created\":\"1970-01-01T00:00:00Z\",\"created_by\":\"dotkube images/build.sh: $(basename "$layer" .tar)\"}")
  done
  local platform="\"architecture\":\"$arch\",\"os\":\"linux\"${variant:+,\"variant\":\"$variant\"}"
  printf '{%s,"config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],%s},"created":"1970-01-01T00:00:00Z","history":%s,"rootfs":{"type":"layers","diff_ids":%s}}' \
    "$platform" "$extra" "$(json_list "${history[@]}")" "$(json_list "${diffs[@]}")" >"$work/config.json"
  local config
  config="$(blob "$work/config.json" application/vnd.oci.image.config.v1+json)"
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":%s,"layers":%s}' \
    "$config" "$(json_list "${layers[@]}")" >"$work/manifest.json"
  local manifest
  manifest="$(blob "$work/manifest.json" application/vnd.oci.image.manifest.v1+json)"

  # containerd's importer names an image after io.containerd.image.name (else it prefixes
  # ref.name with "import-DATE/"), so both carry the full reference: ctr import needs no flags.
  local entries=() tags=() ref
  for ref in "${refs[@]}"; do
    entries+=("${manifest%\}},\"platform\":{$platform},\"annotations\":{\"io.containerd.image.name\":\"$ref\",\"org.opencontainers.image.ref.name\":\"$ref\"}}")
    tags+=("\"$ref\"")
  done
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":%s}' \
    "$(json_list "${entries[@]}")" >"$work/layout/index.json"
  printf '{"imageLayoutVersion":"1.0.0"}' >"$work/layout/oci-layout"
  # docker load reads manifest.json (docker-archive); the blob paths are the OCI ones.
  local docker_layers=() d
  for d in "${diffs[@]}"; do docker_layers+=("\"blobs/sha256/${d#\"sha256:}"); done
  printf '[{"Config":"blobs/sha256/%s","RepoTags":%s,"Layers":%s}]' \
    "$(digest_of "$config" | cut -d: -f2)" "$(json_list "${tags[@]}")" "$(json_list "${docker_layers[@]}")" >"$work/layout/manifest.json"
  find "$work/layout" -type d -exec chmod 0755 {} +
  find "$work/layout" -type f -exec chmod 0644 {} +
  det_tar "$work/$name.tar" "$work/layout" blobs index.json manifest.json oci-layout
  mkdir -p "$out"
  mv "$work/$name.tar" "$out/$name.tar"
  printf '%s %s %s\n' "$out/$name.tar" "$(digest_of "$manifest")" "${refs[*]}"
}

refs=(docker.io/library/busybox:latest docker.io/library/busybox:1.36)
image busybox '"Cmd":["sh"]' "$work/busybox-layer.tar"
# As upstream's pause image: runs as 65535:65535 with /pause as the entrypoint.
refs=(registry.k8s.io/pause:3.10)
image pause '"Entrypoint":["/pause"],"User":"65535:65535"' "$work/busybox-layer.tar" "$work/pause-layer.tar"
