#!/usr/bin/env bash
# Installs the newer dockerd releases of versions.sh side by side with Debian 12's docker.io,
# without touching the system's apt sources or dpkg database (daemon-facts section 9):
#   a private apt sources list and state folder -> apt-get download PKG=VERSION -> dpkg-deb -x.
#
#   bash test/e2e/daemons/install.sh           install (idempotent; about 15 s the first time)
#   bash test/e2e/daemons/install.sh --list    what trixie and sid offer now (to bump versions.sh)
#
# Result, for each NAME (26.1, 28.5) under $DOCKGATE_DAEMONS_DIR (default /opt/dockgate-e2e/daemons):
#   NAME/root/            the extracted packages (usr/sbin/dockerd, usr/bin/containerd, ...)
#   NAME/bin/dockerd      wrapper: this release's dockerd, containerd, containerd-shim-runc-v2,
#                         docker-proxy first in PATH; runc and docker-init from Debian 12 (their
#                         newer builds need glibc 2.38)
#   NAME/bin/docker       this release's docker CLI
#   NAME/cli-plugins/     docker-buildx and docker-compose of the same suite
#   NAME/VERSIONS         the pinned versions it was built from (a changed pin reinstalls)
#
# and the Docker registry of versions.sh's REGISTRY (Debian 12's docker-registry, extracted, never
# installed: no service, no user, nothing under /etc) in $DOCKGATE_REGISTRY_DIR (default
# /opt/dockgate-e2e/registry):
#   root/usr/bin/docker-registry   the binary (test/e2e/helpers/registry.ts runs it with its own config)
#   VERSIONS                       the pinned version it was extracted from
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=versions.sh
. "$HERE/versions.sh"
DEST=${DOCKGATE_DAEMONS_DIR:-/opt/dockgate-e2e/daemons}
REGISTRY_DEST=${DOCKGATE_REGISTRY_DIR:-/opt/dockgate-e2e/registry}
APT_DIR="$DEST/.apt"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
MIRROR=${DOCKGATE_DEBIAN_MIRROR:-http://deb.debian.org/debian}

[ "$(id -u)" = 0 ] || { echo "install.sh: must run as root" >&2; exit 1; }
[ -r "$KEYRING" ] || { echo "install.sh: $KEYRING missing (apt-get install debian-archive-keyring)" >&2; exit 1; }

apt_private() {
  apt-get -q -o Dir::Etc::sourcelist="$APT_DIR/sources.list" -o Dir::Etc::sourceparts=- \
    -o Dir::State::Lists="$APT_DIR/lists" -o Dir::Cache="$APT_DIR/cache" \
    -o Dir::State::status=/dev/null -o Debug::NoLocking=1 -o APT::Sandbox::User=root "$@"
}

apt_update() {
  mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial"
  : > "$APT_DIR/sources.list"
  for suite in bookworm trixie sid; do
    echo "deb [signed-by=$KEYRING] $MIRROR $suite main" >> "$APT_DIR/sources.list"
  done
  apt_private update >/dev/null
}

if [ "${1:-}" = --list ]; then
  apt_update
  for p in docker.io containerd docker-cli docker-buildx docker-compose docker-registry; do apt_private policy "$p" 2>/dev/null | sed -n '1p;/^ *[0-9]/p;/ 500 /p'; done
  exit 0
fi

updated=0
for row in "${DAEMONS[@]}"; do
  IFS='|' read -r name suite engine containerd cli buildx compose <<<"$row"
  [ "$engine" = system ] && continue
  dir="$DEST/$name"
  want="$suite docker.io=$engine containerd=$containerd docker-cli=$cli docker-buildx=$buildx docker-compose=$compose"
  if [ -f "$dir/VERSIONS" ] && [ "$(cat "$dir/VERSIONS")" = "$want" ] && [ -x "$dir/bin/dockerd" ]; then
    echo "dockerd $name: installed ($dir)"
    continue
  fi
  [ "$updated" = 1 ] || { apt_update; updated=1; }
  rm -rf "$dir"
  mkdir -p "$dir/debs" "$dir/root" "$dir/bin" "$dir/cli-plugins"
  (cd "$dir/debs" && apt_private download "docker.io=$engine" "containerd=$containerd" "docker-cli=$cli" \
    "docker-buildx=$buildx" "docker-compose=$compose" >/dev/null)
  for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
  rm -rf "$dir/debs"
  r="$dir/root"
  for b in "$r/usr/sbin/dockerd" "$r/usr/bin/containerd" "$r/usr/bin/containerd-shim-runc-v2" "$r/usr/sbin/docker-proxy" "$r/usr/bin/docker"; do
    [ -x "$b" ] || { echo "install.sh: $name: $b missing from the packages" >&2; exit 1; }
  done
  # The wrapper's PATH: this release's binaries, then the system's (runc 1.1.5, docker-init/tini).
  mkdir -p "$dir/path"
  for b in usr/sbin/dockerd usr/sbin/docker-proxy usr/bin/containerd usr/bin/containerd-shim-runc-v2 usr/bin/ctr; do
    ln -sf "$r/$b" "$dir/path/$(basename "$b")"
  done
  cat > "$dir/bin/dockerd" <<WRAP
#!/bin/sh
# dockerd $engine (Debian $suite) with its own containerd $containerd; runc and docker-init from the system.
PATH="$dir/path:\${PATH:-/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin}"
export PATH
exec "$dir/path/dockerd" "\$@"
WRAP
  chmod 755 "$dir/bin/dockerd"
  ln -sf "$r/usr/bin/docker" "$dir/bin/docker"
  for p in docker-buildx docker-compose; do
    [ -x "$r/usr/libexec/docker/cli-plugins/$p" ] && ln -sf "$r/usr/libexec/docker/cli-plugins/$p" "$dir/cli-plugins/$p"
  done
  "$dir/bin/dockerd" --version >/dev/null || { echo "install.sh: $name: dockerd does not run here" >&2; exit 1; }
  echo "$want" > "$dir/VERSIONS"
  echo "dockerd $name: $("$dir/bin/dockerd" --version)"
done

# The registry: one package, extracted only (its postinst would add a user and start a service).
IFS='|' read -r reg_suite reg_version <<<"$REGISTRY"
want="$reg_suite docker-registry=$reg_version"
if [ -f "$REGISTRY_DEST/VERSIONS" ] && [ "$(cat "$REGISTRY_DEST/VERSIONS")" = "$want" ] && [ -x "$REGISTRY_DEST/root/usr/bin/docker-registry" ]; then
  echo "docker-registry: installed ($REGISTRY_DEST)"
else
  [ "$updated" = 1 ] || { apt_update; updated=1; }
  rm -rf "$REGISTRY_DEST"
  mkdir -p "$REGISTRY_DEST/debs" "$REGISTRY_DEST/root"
  (cd "$REGISTRY_DEST/debs" && apt_private download "docker-registry=$reg_version" >/dev/null)
  for deb in "$REGISTRY_DEST"/debs/*.deb; do dpkg-deb -x "$deb" "$REGISTRY_DEST/root"; done
  rm -rf "$REGISTRY_DEST/debs"
  reg="$REGISTRY_DEST/root/usr/bin/docker-registry"
  [ -x "$reg" ] || { echo "install.sh: $reg missing from the package" >&2; exit 1; }
  "$reg" --version >/dev/null || { echo "install.sh: docker-registry does not run here" >&2; exit 1; }
  echo "$want" > "$REGISTRY_DEST/VERSIONS"
  echo "docker-registry: $("$reg" --version)"
fi
