#!/usr/bin/env bash
# dockgate-plugin.sh: install, upgrade and blue/green-switch dockgate as a managed plugin on one
# host, without ever reloading the daemon with a missing or disabled plugin (dockerd 26.1 and 28.5
# exit then) and, for `switch`, without a moment when the daemon has no authorization.
#
#   dockgate-plugin.sh [OPTIONS] install REF [--alias NAME] [--policy-dir DIR] [--set KEY=VALUE]...
#   dockgate-plugin.sh [OPTIONS] upgrade REF [--alias NAME] [--policy-dir DIR] [--set KEY=VALUE]...
#   dockgate-plugin.sh [OPTIONS] switch  REF [--alias NEW] [--from OLD] [--policy-dir DIR] [--set KEY=VALUE]... [--keep-old]
#   dockgate-plugin.sh [OPTIONS] check   [--alias NAME]
#
# install  docker plugin install --disable (REF from a registry), apply the settings, enable, check
#          that it answers (/healthz ok, not a fallback policy; a privileged create sent straight to
#          its socket is denied), then add NAME to daemon.json's authorization-plugins, reload the
#          daemon, wait until it decides the daemon's requests (its /healthz lastDecision follows a
#          `docker version`; `docker info` is no use: it shows the chain the daemon started with)
#          and check that a privileged create through the daemon is denied by it.
# upgrade  in place (same name and ID). The plugin must be disabled, so it leaves the chain first:
#          THE DAEMON HAS NO AUTHORIZATION FROM THAT RELOAD UNTIL THE LAST ONE (unless another
#          authorization plugin is in the chain). The settings the operator changed (env values
#          that differ from the old manifest's defaults, settable mount sources) are read first and
#          re-applied after `docker plugin upgrade --skip-remote-check` (stdin closed, so no
#          prompt; the new reference is checked), with --policy-dir and --set on top; env values
#          the operator did not change take the NEW manifest's defaults (moby keeps the old ones).
#          If the upgrade, the settings, the enable or the checks fail, the
#          plugin goes back to its previous reference (which must still be in the registry) with
#          its previous settings, and only then back into the chain. Exit 1.
# switch   blue/green: NEW (default: OLD's name with -blue and -green swapped) is installed beside
#          OLD with OLD's settings (and --set/--policy-dir), enabled and checked, added to the chain
#          AFTER OLD, reload; both decide; then OLD leaves the chain, reload; the new one decides
#          alone. Then `docker info` and `docker plugin ls` (dockgate learns the daemon's chain from
#          their answers) and OLD is disabled and removed (--keep-old: left installed and enabled,
#          out of the chain). The daemon never lacks authorization. If NEW fails at any step, it is
#          taken out again (chain first, then removed) and OLD stays as it was: exit 1.
# check    NAME's state: installed, enabled, answering, in daemon.json and in the daemon's chain.
#
# REF is a plugin reference in a registry (registry.example.com/dockgate:0.2.0). NAME defaults to
# the one authorization plugin daemon.json names (upgrade, switch, check) or REF (install); use
# --alias on install (e.g. dockgate, or dockgate-blue for blue/green) so the name stays when the
# version changes.
#
# --policy-dir DIR   the host folder with the policy (policy.json): DOCKGATE_POLICY=/host/DIR/policy.json
#                    (read through the host-root mount), or, for a version whose manifest has a
#                    settable "policy" mount, policy.source=DIR and DOCKGATE_POLICY=<its destination>/
#                    policy.json; --set DOCKGATE_POLICY=... overrides the file. An old version's policy
#                    mount becomes the /host path when the new manifest has none.
# --set KEY=VALUE    a plugin setting (docker plugin set syntax: ENV=value, MOUNT.source=/path)
#
# Options (before or after the command):
#   --daemon-json PATH   the daemon's configuration file (default /etc/docker/daemon.json)
#   --reload-cmd CMD     how to reload the daemon (default: systemctl reload docker), run by sh -c
#   --dockerd-pid PID    reload by SIGHUP to this pid instead of --reload-cmd
#   --exec-root DIR      the daemon's exec-root (default /var/run/docker): plugin sockets are looked
#                        for in DIR/plugins/<ID>/ and /run/docker/plugins/<ID>/ (where 20.10, 26.1 and
#                        28.5 put them whatever --exec-root says)
#   --timeout SECONDS    how long to wait for a plugin to answer or a reload to apply (default 60)
#   --no-verify-deny     do not require a privileged create to be denied (a policy in audit mode)
#   -h, --help
# The docker CLI is used as configured (DOCKER_HOST, DOCKER_CONFIG). Needs bash, docker, jq, curl.
#
# Exit: 0 done; 1 failed, rolled back (the previous plugin authorizes as before); 2 usage or
# precondition (nothing changed); 3 failed and NOT restored: the message says the state and the fix.
#
# With dockgate deciding (switch, or another dockgate in the chain), its policy must allow the
# steps: plugin-install `allowed` must match REF (install, upgrade) and NEW (enable), e.g.
# ["registry.example.com/dockgate:*", "dockgate-blue", "dockgate-green"]; see docs/operations.md.
# Tested end to end on dockerd 20.10.24, 26.1.5 and 28.5.2: test/e2e/fleet-rollout.test.ts.
set -euo pipefail

PROG=dockgate-plugin.sh
DAEMON_JSON=/etc/docker/daemon.json
RELOAD_CMD='systemctl reload docker'
DOCKERD_PID=
EXEC_ROOT=/var/run/docker
TIMEOUT=60
VERIFY_DENY=1
CMD=
REF=
ALIAS=
FROM=
POLICY_DIR=
KEEP_OLD=0
SETS=()

log() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { log "error: $*"; exit 2; }
usage() { sed -n '2,60p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --daemon-json) DAEMON_JSON=${2:?--daemon-json needs a path}; shift 2 ;;
    --reload-cmd) RELOAD_CMD=${2:?--reload-cmd needs a command}; shift 2 ;;
    --dockerd-pid) DOCKERD_PID=${2:?--dockerd-pid needs a pid}; shift 2 ;;
    --exec-root) EXEC_ROOT=${2:?--exec-root needs a folder}; shift 2 ;;
    --timeout) TIMEOUT=${2:?--timeout needs seconds}; shift 2 ;;
    --no-verify-deny) VERIFY_DENY=0; shift ;;
    --alias) ALIAS=${2:?--alias needs a name}; shift 2 ;;
    --from) FROM=${2:?--from needs a name}; shift 2 ;;
    --policy-dir) POLICY_DIR=${2:?--policy-dir needs a folder}; shift 2 ;;
    --set) SETS+=("${2:?--set needs KEY=VALUE}"); shift 2 ;;
    --keep-old) KEEP_OLD=1; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *)
      if [ -z "$CMD" ]; then CMD=$1
      elif [ -z "$REF" ]; then REF=$1
      else die "unexpected argument $1"
      fi
      shift ;;
  esac
done

case "$CMD" in
  install|upgrade|switch) [ -n "$REF" ] || die "$CMD needs a plugin reference (see --help)" ;;
  check) [ -z "$REF" ] || die "check takes no reference (use --alias NAME)" ;;
  '') usage >&2; exit 2 ;;
  *) die "unknown command $CMD (install, upgrade, switch, check)" ;;
esac
[[ $TIMEOUT =~ ^[0-9]+$ ]] && [ "$TIMEOUT" -gt 0 ] || die "--timeout must be a positive number of seconds"
[ -z "$DOCKERD_PID" ] || [[ $DOCKERD_PID =~ ^[0-9]+$ ]] || die "--dockerd-pid must be a pid"
for s in "${SETS[@]}"; do [[ $s == ?*=* ]] || die "--set $s: expected KEY=VALUE"; done
for tool in docker jq curl base64; do command -v "$tool" >/dev/null || die "$tool not found (needs: docker, jq, curl, base64)"; done
if [ -n "$POLICY_DIR" ]; then
  [ -d "$POLICY_DIR" ] || die "--policy-dir $POLICY_DIR: no such folder (the plugin's enable would fail)"
  POLICY_DIR=$(cd "$POLICY_DIR" && pwd -P)
  has_policy_set=0
  for s in "${SETS[@]}"; do [[ $s == DOCKGATE_POLICY=* ]] && has_policy_set=1; done
  [ $has_policy_set = 1 ] || [ -f "$POLICY_DIR/policy.json" ] || die "--policy-dir $POLICY_DIR has no policy.json (or give --set DOCKGATE_POLICY=<path of the file in the plugin>)"
fi
OBSERVED=          # why chain_observed failed
OLD_POLICY_DEST=   # the previous plugin's policy mount: destination (upgrade, switch)
OLD_POLICY_SRC=    # and host folder

# ---- names --------------------------------------------------------------------------------
# The daemon stores a plugin as name:tag (":latest" added); daemon.json may spell either.
norm() {
  local last=${1##*/}
  case "$last" in *:*|*@*) printf '%s' "$1" ;; *) printf '%s:latest' "$1" ;; esac
}
same_name() { [ "$(norm "$1")" = "$(norm "$2")" ]; }

# ---- daemon.json and the daemon's chain ------------------------------------------------------
chain_file() {   # daemon.json's authorization-plugins, one per line
  [ -f "$DAEMON_JSON" ] || return 0
  jq -r '(.["authorization-plugins"] // [])[]' "$DAEMON_JSON"
}
in_list() { # NAME, then the list on stdin
  local n
  while IFS= read -r n; do same_name "$n" "$1" && return 0; done
  return 1
}
write_chain() { # the new list as arguments; writes daemon.json atomically, every other key kept
  local dir tmp list
  dir=$(dirname "$DAEMON_JSON")
  list=$(jq -cn '$ARGS.positional' --args "$@")
  tmp=$(mktemp "$dir/.daemon.json.XXXXXX")
  if [ -f "$DAEMON_JSON" ]; then
    jq --argjson l "$list" '.["authorization-plugins"] = $l' "$DAEMON_JSON" >"$tmp" || { rm -f "$tmp"; return 1; }
    chmod --reference="$DAEMON_JSON" "$tmp"
  else
    jq -n --argjson l "$list" '{"authorization-plugins": $l}' >"$tmp" || { rm -f "$tmp"; return 1; }
    chmod 0644 "$tmp"
  fi
  mv -f "$tmp" "$DAEMON_JSON"
}
reload_daemon() {
  if [ -n "$DOCKERD_PID" ]; then
    kill -0 "$DOCKERD_PID" 2>/dev/null || { log "dockerd (pid $DOCKERD_PID) is not running"; return 1; }
    kill -HUP "$DOCKERD_PID"
  else
    sh -c "$RELOAD_CMD"
  fi
}
# What the daemon's chain is cannot be read: `docker info` (Plugins.Authorization) shows the list
# the daemon STARTED with and is not updated by a reload. So it is observed: after a harmless
# allowed call (docker version), every dockgate of the chain has decided it (/healthz lastDecision)
# and a dockgate out of the chain has not.
healthz_of() { # NAME -> its /healthz JSON (fails when its socket does not answer)
  local s
  while IFS= read -r s; do
    [ -S "$s" ] || continue
    curl -sf --max-time 5 --unix-socket "$s" http://dockgate/healthz 2>/dev/null && return 0
  done < <(plugin_sockets "$1" 2>/dev/null)
  return 1
}
last_decision_ms() { # NAME -> ms since the epoch of its last decision (0: none)
  local h t
  h=$(healthz_of "$1") || return 1
  t=$(jq -r '.lastDecision // empty' <<<"$h")
  if [ -z "$t" ]; then echo 0; else date -d "$t" +%s%3N; fi
}
# in_chain_now NAME...: 0 when, for each NAME that is a dockgate we can ask, it decides a
# `docker version` (deciding=1) or not (deciding=0); arguments are NAME=0|1
chain_observed() {
  local t0 pair n want ld ok=0
  t0=$(date +%s%3N)
  docker version >/dev/null 2>&1 || true
  for pair in "$@"; do
    n=${pair%=*} want=${pair##*=}
    ld=$(last_decision_ms "$n") || continue   # not a dockgate, or not answering: cannot tell
    if [ "$want" = 1 ] && [ "$ld" -lt "$t0" ]; then ok=1; OBSERVED="$n does not decide"; fi
    if [ "$want" = 0 ] && [ "$ld" -ge "$t0" ]; then ok=1; OBSERVED="$n still decides"; fi
  done
  return $ok
}
# set_chain NAME... : daemon.json's list becomes exactly this (an empty list is written as [],
# never a missing key), the daemon reloads, and the dockgates named before or now are seen to
# decide exactly when they are in the new list.
set_chain() {
  local deadline n prev=() checks=()
  read_array prev < <(chain_file | tr '\n' '\0')
  write_chain "$@" || { log "cannot write $DAEMON_JSON"; return 1; }
  log "daemon.json authorization-plugins: [$*]; reloading the daemon"
  reload_daemon || { log "the reload command failed"; return 1; }
  for n in "$@"; do checks+=("$n=1"); done
  for n in "${prev[@]}"; do printf '%s\n' "$@" | in_list "$n" || checks+=("$n=0"); done
  deadline=$((SECONDS + TIMEOUT))
  OBSERVED=
  while :; do
    if [ -n "$DOCKERD_PID" ] && ! kill -0 "$DOCKERD_PID" 2>/dev/null; then log "dockerd (pid $DOCKERD_PID) EXITED after the reload"; return 1; fi
    chain_observed "${checks[@]}" && return 0
    if [ $SECONDS -ge $deadline ]; then log "after $TIMEOUT s the reload has not taken effect: $OBSERVED"; return 1; fi
    sleep 0.5
  done
}

# ---- plugins ------------------------------------------------------------------------------
installed() { docker plugin inspect "$1" >/dev/null 2>&1; }
# dockgate's self-protection learns from the daemon's answers which plugins are authorization
# plugins and which are in the chain the daemon started with: ask before changing a plugin
teach() { docker info >/dev/null 2>&1 || true; docker plugin ls >/dev/null 2>&1 || true; }
enabled() { [ "$(docker plugin inspect --format '{{.Enabled}}' "$1" 2>/dev/null)" = true ]; }
plugin_ref() { docker plugin inspect --format '{{.PluginReference}}' "$1"; }

# The settings the operator changed on NAME, as KEY=VALUE for docker plugin set, NUL-separated:
# env values (Settings.Env) that differ from the manifest's defaults (Config.Env), and the source
# of every settable mount. `docker plugin set M.source=` writes the source into Config.Mounts (what
# the plugin runs with; Settings.Mounts is a copy made at install) and the manifest's default is
# lost there, so a settable mount's source is always carried over.
operator_settings() {
  docker plugin inspect "$1" | jq -j '.[0] as $p
    | ([$p.Config.Env[]? | {key: .Name, value: .Value}] | from_entries) as $env
    | ([$p.Settings.Env[]? | capture("^(?<k>[^=]+)=(?<v>.*)$"; "s") | select($env[.k] != .v) | "\(.k)=\(.v)"]
       + [$p.Config.Mounts[]? | select((.Name // "") != "" and ((.Settable // []) | index("source")) and .Source != null) | "\(.Name).source=\(.Source)"])[]
    | . + "\u0000"'
}
read_settings() { # NAME -> fills the array named by $2
  local -n _out=$2
  local s
  _out=()
  while IFS= read -r -d '' s; do _out+=("$s"); done < <(operator_settings "$1")
}
keys_of() { local s out=(); for s in "$@"; do out+=("${s%%=*}"); done; echo "${out[*]:-(none)}"; }
# merge SETTING...: one per key, the last one wins (never logs values: they may be credentials)
merge_settings() {
  local -A seen=()
  local -a out=() all=()
  local s k i
  all=("$@")
  for ((i = ${#all[@]} - 1; i >= 0; i--)); do
    k=${all[i]%%=*}
    [ -n "${seen[$k]:-}" ] && continue
    seen[$k]=1
    out=("${all[i]}" "${out[@]}")
  done
  [ ${#out[@]} -eq 0 ] || printf '%s\0' "${out[@]}"
}
apply_settings() { # NAME SETTING...: exactly these
  local name=$1; shift
  [ $# -gt 0 ] || return 0
  log "docker plugin set $name $(keys_of "$@")"
  docker plugin set "$name" "$@"
}
settable_keys() { # NAME -> its manifest's settable ENV and MOUNT.source keys, one per line
  docker plugin inspect "$1" | jq -r '.[0].Config | ([.Env[]? | select((.Settable // []) | index("value")) | .Name]
    + [.Mounts[]? | select((.Name // "") != "" and ((.Settable // []) | index("source"))) | "\(.Name).source"])[]'
}
mount_source() { # NAME MOUNT -> the mount's host folder (Config.Mounts: what it runs with)
  docker plugin inspect "$1" | jq -r --arg m "$2" 'first(.[0].Config.Mounts[]? | select(.Name == $m) | .Source // empty) // empty'
}
mount_dest() { # NAME MOUNT -> the mount's destination in NAME's manifest (empty: none)
  docker plugin inspect "$1" | jq -r --arg m "$2" 'first(.[0].Config.Mounts[]? | select(.Name == $m) | .Destination) // empty'
}
# settings_for NAME CARRIED... : the settings NAME gets, NUL-separated: the carried-over ones its
# manifest still has, then --policy-dir, then --set (later keys win). A policy folder mount that
# NAME's manifest no longer has becomes a DOCKGATE_POLICY path under its host-root mount; any other
# setting it lacks is dropped with a warning (the checks after enable catch what that breaks).
settings_for() {
  local name=$1 k s host dest policy_src='' carry=() pol=() i
  shift
  local -A ok=()
  while IFS= read -r k; do ok[$k]=1; done < <(settable_keys "$name")
  for s in "$@"; do
    k=${s%%=*}
    if [ -n "${ok[$k]:-}" ]; then carry+=("$s")
    elif [ "$k" = policy.source ]; then policy_src=${s#*=}
    else log "WARNING: $name's manifest has no setting $k: not carried over"
    fi
  done
  host=$(mount_dest "$name" host-root)
  [ -n "$policy_src" ] || [ -n "${ok[policy.source]:-}" ] || policy_src=$OLD_POLICY_SRC
  if [ -n "$policy_src" ]; then
    for i in "${!carry[@]}"; do
      if [ -n "$OLD_POLICY_DEST" ] && [ -n "$host" ] && [[ ${carry[i]} == "DOCKGATE_POLICY=$OLD_POLICY_DEST/"* ]]; then
        carry[i]="DOCKGATE_POLICY=${host%/}$policy_src/${carry[i]#"DOCKGATE_POLICY=$OLD_POLICY_DEST/"}"
        log "$name has no policy mount: DOCKGATE_POLICY now reads the folder $policy_src through its host-root mount ($host)"
      fi
    done
  fi
  if [ -n "$POLICY_DIR" ]; then
    dest=$(mount_dest "$name" policy)
    if [ -n "${ok[policy.source]:-}" ] && [ -n "$dest" ]; then pol=("policy.source=$POLICY_DIR" "DOCKGATE_POLICY=${dest%/}/policy.json")
    elif [ -n "$host" ]; then pol=("DOCKGATE_POLICY=${host%/}$POLICY_DIR/policy.json")
    else log "$name's manifest has neither a settable policy mount nor a host-root mount: --policy-dir cannot be applied"; return 1
    fi
  fi
  merge_settings "${carry[@]}" "${pol[@]}" "${SETS[@]}"
}
# reset_defaults NAME SETTING...: for each env setting of NAME's manifest that SETTING... does not
# set, its manifest default when its current value differs (an upgrade replaces the manifest but
# keeps the previous version's values, defaults included: moby upgradePlugin keeps Settings)
reset_defaults() {
  local name=$1
  shift
  docker plugin inspect "$name" | jq -j --args '.[0] as $p | ($ARGS.positional | map(sub("=.*$"; ""; "s"))) as $given
    | ([$p.Settings.Env[]? | capture("^(?<k>[^=]+)=(?<v>.*)$"; "s") | {key: .k, value: .v}] | from_entries) as $cur
    | $p.Config.Env[]? | select(((.Settable // []) | index("value")) and .Value != null and (.Name | IN($given[]) | not) and $cur[.Name] != .Value)
    | "\(.Name)=\(.Value)\u0000"' "$@"
}
with_defaults() { # NAME SETTING... -> the settings plus reset_defaults, NUL-separated
  local name=$1
  shift
  [ $# -eq 0 ] || printf '%s\0' "$@"
  reset_defaults "$name" "$@"
}
apply_settings_for() { # NAME CARRIED...
  local name=$1 final=() tmp
  shift
  tmp=$(mktemp)
  settings_for "$name" "$@" >"$tmp" || { rm -f "$tmp"; return 1; }
  read_array final <"$tmp"
  with_defaults "$name" "${final[@]}" >"$tmp" || { rm -f "$tmp"; return 1; }
  read_array final <"$tmp"
  rm -f "$tmp"
  apply_settings "$name" "${final[@]}"
}

plugin_sockets() { # NAME -> candidate socket paths of its dockgate
  local id sock
  id=$(docker plugin inspect --format '{{.Id}}' "$1") || return 1
  sock=$(docker plugin inspect --format '{{.Config.Interface.Socket}}' "$1") || return 1
  printf '%s\n' "$EXEC_ROOT/plugins/$id/$sock" "/run/docker/plugins/$id/$sock"
}
# answering NAME: enabled, /healthz says ok (its configured policy decides, not a fallback), and a
# privileged create sent straight to its socket (AuthZReq, before it is in the daemon's chain) is
# denied. Retries until --timeout.
answering() {
  local name=$1 deadline s h status body env verdict reason=''
  deadline=$((SECONDS + TIMEOUT))
  body=$(printf '%s' '{"Image":"dockgate-probe/none:0","HostConfig":{"Privileged":true}}' | base64 | tr -d '\n')
  env=$(jq -cn --arg b "$body" '{User: "", UserAuthNMethod: "", RequestMethod: "POST", RequestUri: "/v1.41/containers/create?name=dockgate-plugin-probe", RequestBody: $b, RequestHeaders: {"Content-Type": "application/json"}}')
  while :; do
    if ! enabled "$name"; then reason="the plugin is not enabled"
    else
      reason="its socket does not answer"
      while IFS= read -r s; do
        [ -S "$s" ] || continue
        h=$(curl -sf --max-time 5 --unix-socket "$s" http://dockgate/healthz 2>/dev/null) || continue
        status=$(jq -r '.status // "?"' <<<"$h")
        if [ "$status" != ok ]; then
          log "$name answers but decides with a fallback policy: $(jq -r '.policy.fallback.reason // .policy.source // "?"' <<<"$h")"
          return 1   # its configured policy did not load: not transient
        fi
        if [ $VERIFY_DENY = 1 ]; then
          verdict=$(curl -sf --max-time 10 --unix-socket "$s" -H 'Content-Type: application/json' --data-binary "$env" http://dockgate/AuthZPlugin.AuthZReq 2>/dev/null | jq -r '.Allow') || { reason="AuthZReq got no answer"; continue; }
          if [ "$verdict" != false ]; then log "$name allowed a privileged create (audit mode? use --no-verify-deny)"; return 1; fi
        fi
        log "$name answers: dockgate $(jq -r '.version' <<<"$h"), $(jq -r '.mode' <<<"$h"), policy $(jq -r '.policy.file' <<<"$h")$([ $VERIFY_DENY = 1 ] && echo ', denies a privileged create')"
        return 0
      done < <(plugin_sockets "$name")
    fi
    if [ $SECONDS -ge $deadline ]; then log "$name does not answer after $TIMEOUT s: $reason"; return 1; fi
    sleep 0.5
  done
}

# denied_by NAME: a privileged create through the daemon is refused by NAME's plugin
# (--pull never, an image that does not exist: nothing is pulled or created either way).
denied_by() {
  local out
  [ $VERIFY_DENY = 1 ] || return 0
  if out=$(docker create --pull never --privileged --name "dockgate-plugin-probe-$$" dockgate-probe/none:0 true 2>&1); then
    docker rm -f "dockgate-plugin-probe-$$" >/dev/null 2>&1 || true
    log "a privileged create was NOT denied"; return 1
  fi
  case "$out" in
    *"authorization denied by plugin $(norm "$1"):"*|*"authorization denied by plugin $1:"*) return 0 ;;
  esac
  log "a privileged create was not denied by $1: $(head -c 300 <<<"$out")"
  return 1
}

default_name() { # the one authorization plugin daemon.json names
  local names
  names=$(chain_file)
  case "$(grep -c . <<<"$names" || true)" in
    1) printf '%s' "$names" ;;
    0) die "$DAEMON_JSON names no authorization plugin: give --alias NAME" ;;
    *) die "$DAEMON_JSON names several authorization plugins ($(paste -sd, - <<<"$names")): give --alias NAME" ;;
  esac
}

preflight() {
  if [ -f "$DAEMON_JSON" ]; then jq -e 'type == "object"' "$DAEMON_JSON" >/dev/null 2>&1 || die "$DAEMON_JSON is not a JSON object"
  else [ -d "$(dirname "$DAEMON_JSON")" ] || die "no folder for $DAEMON_JSON"
  fi
  docker version --format '{{.Server.Version}}' >/dev/null 2>&1 || die "the docker daemon does not answer: $(docker version 2>&1 | tail -1)"
  local f
  f=$(chain_file)
  local n
  while IFS= read -r n; do
    [ -n "$n" ] || continue
    # a managed plugin of the chain must be enabled before any reload (else dockerd exits)
    if installed "$n" && ! enabled "$n"; then die "$n is in the chain but disabled: a reload would make the daemon exit; see docs/operations.md recovery"; fi
  done <<<"$f"
}

chain_without() { # NAME -> the current daemon.json chain without NAME (as arguments via array)
  local n
  while IFS= read -r n; do [ -n "$n" ] && ! same_name "$n" "$1" && printf '%s\0' "$n"; done < <(chain_file)
  return 0
}
read_array() { local -n _a=$1; _a=(); local x; while IFS= read -r -d '' x; do _a+=("$x"); done; }

# ---- install ------------------------------------------------------------------------------
cmd_install() {
  local name=${ALIAS:-$REF} chain=()
  installed "$name" && die "$name is already installed (use upgrade or switch)"
  chain_file | in_list "$name" && die "$DAEMON_JSON already names $name but it is not installed: remove it from authorization-plugins and reload first"
  log "docker plugin install --disable --alias $name $REF"
  docker plugin install --grant-all-permissions --disable --alias "$name" "$REF" </dev/null >&2 || die "docker plugin install $REF failed: nothing changed"
  remove_new() {
    docker plugin disable -f "$name" >/dev/null 2>&1 || true
    docker plugin rm -f "$name" >/dev/null 2>&1 || log "could not remove $name: docker plugin rm -f $name"
  }
  if ! apply_settings_for "$name" || ! { log "docker plugin enable $name"; docker plugin enable "$name" >&2; } || ! answering "$name"; then
    log "$name does not work: removing it; the daemon's chain is unchanged"
    remove_new; exit 1
  fi
  read_array chain < <(chain_file | tr '\n' '\0')
  if ! set_chain "${chain[@]}" "$name" || ! denied_by "$name"; then
    log "$name in the chain does not decide: taking it out again"
    if set_chain "${chain[@]}"; then remove_new; exit 1; fi
    log "the daemon's chain could not be restored: check $DAEMON_JSON and the daemon's log"; exit 3
  fi
  log "installed: $name ($REF) is enabled and in the daemon's authorization chain"
}

# ---- upgrade in place -------------------------------------------------------------------------
cmd_upgrade() {
  local name=${ALIAS:-} old_ref old_settings=() rest=() chain=()
  [ -n "$name" ] || name=$(default_name)
  installed "$name" || die "$name is not installed"
  enabled "$name" || die "$name is disabled: enable it (and check it) first"
  old_ref=$(plugin_ref "$name")
  [ -n "$old_ref" ] || die "$name has no plugin reference (made with docker plugin create?): it cannot be rolled back; install from a registry"
  read_settings "$name" old_settings
  OLD_POLICY_DEST=$(mount_dest "$name" policy) OLD_POLICY_SRC=$(mount_source "$name" policy)
  read_array chain < <(chain_file | tr '\n' '\0')
  read_array rest < <(chain_without "$name")
  log "upgrade $name: $old_ref -> $REF; settings to keep: $(keys_of "${old_settings[@]}")"
  log "WARNING: $name leaves the daemon's authorization chain now; $([ ${#rest[@]} -eq 0 ] && echo 'the daemon authorizes NOTHING' || echo "only [${rest[*]}] decide") until it is back"
  set_chain "${rest[@]}" || { log "could not take $name out of the chain; restoring"; set_chain "${chain[@]}" || exit 3; exit 1; }
  docker plugin disable "$name" >&2 || { log "docker plugin disable $name failed; putting it back"; set_chain "${chain[@]}" || exit 3; exit 1; }

  # bring_up REF new|old: 0 when NAME is at REF with the new settings (the old ones carried over,
  # --set, --policy-dir) or exactly the old ones, enabled and answering
  bring_up() {
    local ref=$1 which=$2
    if [ "$(plugin_ref "$name")" != "$ref" ]; then
      log "docker plugin upgrade --skip-remote-check $name $ref"
      # </dev/null: no terminal, no prompt; checked below, since a refused prompt exits 0
      docker plugin upgrade --skip-remote-check --grant-all-permissions "$name" "$ref" </dev/null >&2 || { log "docker plugin upgrade failed"; return 1; }
      [ "$(plugin_ref "$name")" = "$ref" ] || { log "docker plugin upgrade exited 0 but $name is still $(plugin_ref "$name")"; return 1; }
    fi
    if [ "$which" = new ]; then apply_settings_for "$name" "${old_settings[@]}" || return 1
    else
      local exact=()
      read_array exact < <(with_defaults "$name" "${old_settings[@]}")
      apply_settings "$name" "${exact[@]}" || return 1
    fi
    log "docker plugin enable $name"
    docker plugin enable "$name" >&2 || { log "docker plugin enable $name failed"; return 1; }
    answering "$name"
  }
  if bring_up "$REF" new; then
    if set_chain "${chain[@]}" && denied_by "$name"; then
      log "upgraded: $name is $REF, enabled and back in the daemon's chain"
      return 0
    fi
    log "$name ($REF) in the chain does not decide: taking it out"
    set_chain "${rest[@]}" || { log "could not take $name out of the chain: check $DAEMON_JSON and the daemon's log"; exit 3; }
  fi
  log "ROLLBACK: $name back to $old_ref"
  if enabled "$name"; then docker plugin disable -f "$name" >&2 || true; fi
  if bring_up "$old_ref" old; then
    if set_chain "${chain[@]}"; then
      denied_by "$name" || log "WARNING: $name is back in the chain but the privileged-create check above failed"
      log "rolled back: $name is $old_ref again, enabled and in the daemon's chain; the upgrade to $REF failed (see above)"
      exit 1
    fi
    log "ROLLBACK FAILED: $name ($old_ref) is enabled but could not be put back into the daemon's chain"
  else
    log "ROLLBACK FAILED: $name is out of the daemon's chain and $(enabled "$name" && echo enabled || echo disabled) at $(plugin_ref "$name" 2>/dev/null || echo '?')"
  fi
  log "the daemon authorizes $([ ${#rest[@]} -eq 0 ] && echo NOTHING || echo "only with [${rest[*]}]") now"
  log "fix: get $name enabled and answering (docker plugin inspect $name, the daemon's log), then add it to $DAEMON_JSON and reload; never reload with it disabled"
  exit 3
}

# ---- blue/green -------------------------------------------------------------------------------
cmd_switch() {
  local old=${FROM:-} new=${ALIAS:-} old_settings=() chain=() rest=() n
  [ -n "$old" ] || old=$(default_name)
  if [ -z "$new" ]; then
    case "$old" in
      *-blue|*-blue:*) new=${old/-blue/-green} ;;
      *-green|*-green:*) new=${old/-green/-blue} ;;
      *) die "give --alias NEW (the new plugin's name beside $old, e.g. dockgate-green)" ;;
    esac
    new=${new%:latest}
  fi
  same_name "$old" "$new" && die "--alias $new is the current plugin's name: switch needs another name (upgrade works in place)"
  installed "$old" || die "$old is not installed"
  enabled "$old" || die "$old is disabled"
  chain_file | in_list "$old" || die "$old is not in $DAEMON_JSON's authorization-plugins"
  chain_observed "$old=1" || die "$old does not decide the daemon's requests (is the daemon reloaded?): $OBSERVED"
  installed "$new" && die "$new is already installed: remove it (docker plugin rm $new) or pick another --alias"
  read_settings "$old" old_settings
  OLD_POLICY_DEST=$(mount_dest "$old" policy) OLD_POLICY_SRC=$(mount_source "$old" policy)
  read_array chain < <(chain_file | tr '\n' '\0')
  log "switch: $old ($(plugin_ref "$old")) -> $new ($REF); settings carried over: $(keys_of "${old_settings[@]}")"

  fail_new() { # take NEW out (chain first), leave OLD deciding; exit 1
    log "ROLLBACK: $old stays; removing $new"
    if chain_file | in_list "$new"; then
      set_chain "${chain[@]}" || { log "could not restore the chain [${chain[*]}]: check $DAEMON_JSON and the daemon's log"; exit 3; }
    fi
    teach
    if installed "$new"; then
      { docker plugin disable -f "$new" >/dev/null 2>&1 || ! enabled "$new"; } && docker plugin rm -f "$new" >/dev/null 2>&1 \
        || log "$new could not be removed (out of the chain, harmless): docker plugin rm -f $new as a dockgate admin"
    fi
    log "switch to $REF failed (see above); $old decides as before"
    exit 1
  }
  log "docker plugin install --disable --alias $new $REF"
  docker plugin install --grant-all-permissions --disable --alias "$new" "$REF" </dev/null >&2 || { log "docker plugin install $REF failed (is it in the plugin-install allowlist?)"; fail_new; }
  teach
  apply_settings_for "$new" "${old_settings[@]}" || fail_new
  log "docker plugin enable $new"
  docker plugin enable "$new" >&2 || { log "docker plugin enable $new failed"; fail_new; }
  answering "$new" || fail_new
  # both decide: the new one after the old one
  set_chain "${chain[@]}" "$new" || fail_new
  denied_by "$old" || fail_new
  answering "$new" || fail_new
  # the new one alone (in the old one's place in the chain)
  rest=()
  for n in "${chain[@]}"; do if same_name "$n" "$old"; then rest+=("$new"); else rest+=("$n"); fi; done
  set_chain "${rest[@]}" || fail_new
  if ! denied_by "$new"; then
    log "$new alone does not decide: putting $old back first"
    set_chain "${chain[@]}" "$new" || { log "could not restore the chain: check $DAEMON_JSON and the daemon's log"; exit 3; }
    fail_new
  fi
  log "switched: $new ($REF) decides; $old is out of the chain"
  [ $KEEP_OLD = 1 ] && { log "--keep-old: $old stays installed and enabled (out of the chain)"; return 0; }
  # dockgate learns the daemon's chain and the plugin IDs from these answers (self-protection)
  teach
  if docker plugin disable "$old" >&2 && docker plugin rm "$old" >&2; then
    log "removed $old"
  else
    log "WARNING: $old could not be disabled/removed (out of the chain: it decides nothing); remove it as a dockgate admin: docker plugin disable $old && docker plugin rm $old"
  fi
}

cmd_check() {
  local name=${ALIAS:-} ok=0
  [ -n "$name" ] || name=$(default_name)
  installed "$name" || { log "$name is not installed"; exit 1; }
  log "$name: $(plugin_ref "$name"), enabled=$(docker plugin inspect --format '{{.Enabled}}' "$name")"
  answering "$name" || ok=1
  chain_file | in_list "$name" || { log "$name is not in $DAEMON_JSON"; ok=1; }
  if chain_observed "$name=1"; then denied_by "$name" || ok=1; else log "$name is not in the daemon's chain: $OBSERVED"; ok=1; fi
  [ $ok = 0 ] && log "$name: installed, enabled, answering, in the daemon's chain"
  exit $ok
}

# one line, read whole before it runs: a copy of this file replaced while it runs cannot change it
{ preflight; "cmd_$CMD"; exit $?; }
