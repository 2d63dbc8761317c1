#!/usr/bin/env bash
# Assembles dockgate as a managed Docker plugin, without a registry or `docker build`:
#
#   plugin/build/config.json   the manifest (a copy of the top-level config.json)
#   plugin/build/rootfs/       node + the libraries it links + dockgate + production deps
#
#   npm run plugin:build                          (= npm run build && bash plugin/build.sh)
#   docker plugin create dockgate plugin/build    (as root; see docs/install.md)
#
# The root filesystem holds only what the entrypoint needs:
#   /usr/local/bin/node                 the node binary of this machine (or --node PATH)
#   the shared libraries `ldd node` lists, at the same paths, plus the ELF interpreter (ld-linux)
#   /opt/dockgate/{package.json,dist,config,node_modules}   node_modules: production deps only
#   /run/docker/plugins                 where the plugin listens (the daemon mounts over it)
#   /tmp, /etc/dockgate                 scratch space; mount point of the operator's policy folder
#
# Options:
#   --out DIR     output folder (default plugin/build); DIR/rootfs and DIR/config.json are replaced
#   --node PATH   node binary to ship (default: `command -v node`)
# Environment:
#   DOCKGATE_NPM_CI=1   install production deps with `npm ci --omit=dev` (needs the registry or
#                       a warm npm cache) instead of copying node_modules and `npm prune --omit=dev`
#                       (offline; the default)
#
# The Dockerfile's build stage runs this same script, so both packaging paths ship the same tree.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
OUT="$HERE/build"
NODE_BIN=$(command -v node || true)

while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --node) NODE_BIN=$2; shift 2 ;;
    -h|--help) sed -n '2,28p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "plugin/build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

log() { printf 'plugin/build.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[ -n "$NODE_BIN" ] || die "node not found on PATH (use --node PATH)"
NODE_BIN=$(readlink -f "$NODE_BIN")
[ -x "$NODE_BIN" ] || die "$NODE_BIN is not executable"
[ -f "$REPO/dist/cli/index.js" ] || die "dist/cli/index.js missing: run 'npm run build' first (or 'npm run plugin:build')"
[ -f "$REPO/config.json" ] || die "config.json (the plugin manifest) missing at the repository root"
[ -d "$REPO/node_modules" ] || [ "${DOCKGATE_NPM_CI:-0}" = 1 ] || die "node_modules missing: run 'npm ci' first"
command -v ldd >/dev/null || die "ldd not found (Debian: libc-bin)"

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
case "$OUT" in /|/usr|/usr/*|/etc|/etc/*|/bin|/lib|/lib64|/var|"$REPO") die "refusing to build into $OUT" ;; esac
ROOTFS="$OUT/rootfs"
APP="$ROOTFS/opt/dockgate"
STAGE="$OUT/.stage"
rm -rf "$ROOTFS" "$STAGE" "$OUT/config.json"
mkdir -p "$ROOTFS" "$STAGE"

# ---- node and its shared libraries ------------------------------------------
install -D -m 0755 "$NODE_BIN" "$ROOTFS/usr/local/bin/node"
libs=$(ldd "$NODE_BIN" | awk '
  $2 == "=>" && $3 ~ /^\// { print $3; next }   # libfoo.so => /lib/.../libfoo.so (0x...)
  $1 ~ /^\// { print $1 }                        # /lib64/ld-linux-x86-64.so.2 (0x...)
')
[ -n "$libs" ] || die "ldd listed no libraries for $NODE_BIN (a static node needs none: remove this check)"
interp=
for lib in $libs; do
  case "$lib" in */ld-linux*|*/ld-musl*) interp=$lib ;; esac
  mkdir -p "$ROOTFS$(dirname "$lib")"
  cp -L "$lib" "$ROOTFS$lib"   # the file itself, under the path the loader asks for
done
[ -n "$interp" ] || die "no ELF interpreter (ld-linux) in the ldd output of $NODE_BIN"

# ---- dockgate -----------------------------------------------------------------
mkdir -p "$APP"
cp "$REPO/package.json" "$APP/"   # "type": "module": the ESM in dist/ needs it
cp -R "$REPO/dist" "$APP/dist"
cp -R "$REPO/config" "$APP/config"

# ---- production dependencies -----------------------------------------------------
cp "$REPO/package.json" "$REPO/package-lock.json" "$STAGE/"
if [ "${DOCKGATE_NPM_CI:-0}" = 1 ]; then
  (cd "$STAGE" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --prefer-offline >&2)
else
  cp -R "$REPO/node_modules" "$STAGE/node_modules"
  (cd "$STAGE" && npm prune --omit=dev --ignore-scripts --no-audit --no-fund --offline >&2)
fi
rm -rf "$STAGE/node_modules/.bin" "$STAGE/node_modules/.package-lock.json"
find "$STAGE/node_modules" -depth -type d -empty -exec rmdir {} \;
mv "$STAGE/node_modules" "$APP/node_modules"
rm -rf "$STAGE"

# ---- runtime directories ------------------------------------------------------------
mkdir -p "$ROOTFS/run/docker/plugins" "$ROOTFS/etc/dockgate" "$ROOTFS/tmp" "$ROOTFS/host" "$ROOTFS/var/lib/dockgate"
chmod 1777 "$ROOTFS/tmp"

# ---- manifest ------------------------------------------------------------------------
cp "$REPO/config.json" "$OUT/config.json"
# The manifest's entrypoint and workdir must exist in this rootfs.
"$NODE_BIN" -e '
  const fs = require("fs");
  const [cfgPath, rootfs] = process.argv.slice(1);
  const cfg = JSON.parse(fs.readFileSync(cfgPath, "utf8"));
  const fail = (m) => { console.error("plugin/build.sh: error: config.json: " + m); process.exit(1); };
  if (!cfg.interface || !Array.isArray(cfg.interface.types) || !cfg.interface.types.includes("docker.authz/1.0")) fail("interface.types must include docker.authz/1.0");
  if (typeof cfg.interface.socket !== "string" || cfg.interface.socket.includes("/")) fail("interface.socket must be a file name");
  if (!Array.isArray(cfg.entrypoint) || cfg.entrypoint.length === 0) fail("entrypoint missing");
  for (const p of [cfg.entrypoint[0], cfg.entrypoint[1], cfg.workdir].filter((p) => typeof p === "string" && p.startsWith("/"))) {
    if (!fs.existsSync(rootfs + p)) fail(p + " does not exist in the rootfs");
  }
  const sockArg = cfg.entrypoint.indexOf("--socket");
  if (sockArg >= 0 && cfg.entrypoint[sockArg + 1] !== "/run/docker/plugins/" + cfg.interface.socket) fail("--socket must be /run/docker/plugins/" + cfg.interface.socket);
' "$OUT/config.json" "$ROOTFS"

# ---- smoke test: does node start inside the rootfs and load dockgate? -----------------
if [ "$(id -u)" = 0 ] && command -v chroot >/dev/null; then
  if ! v=$(env -i "$(command -v chroot)" "$ROOTFS" /usr/local/bin/node /opt/dockgate/dist/cli/index.js --version 2>&1); then
    die "node cannot run dockgate inside the rootfs: $v"
  fi
  log "smoke test in chroot: dockgate $v"
else
  log "not root: skipped the chroot smoke test"
fi

size=$(du -sh "$ROOTFS" | cut -f1)
log "built $OUT (rootfs $size, node $("$NODE_BIN" --version) from $NODE_BIN)"
log "next: docker plugin create dockgate $OUT   (see docs/install.md)"
