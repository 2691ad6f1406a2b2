#!/usr/bin/env bash
# Checks deploy/feedsieve.service and "make install" without root, without
# systemd running (works in a container) and without touching /usr/local or
# /etc:
#
#   1. builds feedsieve into a temporary directory (or copies $FEEDSIEVE_BIN);
#   2. runs "make install DESTDIR=<tmp>" and checks the staged files: the
#      unit is deploy/feedsieve.service unchanged, the config is ./config.yaml
#      with storage.path /var/lib/feedsieve/feedsieve.db and server.socket
#      /run/feedsieve/feedsieve.sock, a second install
#      keeps an edited config, and PREFIX=/opt/feedsieve rewrites the paths of
#      the binary in the unit;
#   3. runs "systemd-analyze verify" on the unit, with its paths of the binary
#      pointing at the staged binary (verify fails on a missing executable),
#      and FAILS on any message about the unit: systemd-analyze exits 0 after
#      warnings such as "Unknown key" or "Failed to parse", so its output is
#      read rather than its exit status alone; then checks that the program
#      of every Exec*= line exists (verify checks ExecStart= only);
#   4. prints "systemd-analyze security --offline=yes" (informational);
#   5. runs "feedsieve check" on the staged config.
#
# Usage: deploy/verify-unit.sh [UNIT_FILE]
#   UNIT_FILE   verify this file instead of the installed deploy/feedsieve.service
#               (e.g. an edited copy); it is checked under the name
#               feedsieve.service.
# Environment:
#   FEEDSIEVE_BIN=PATH   use this binary instead of building one
#   VERBOSE=1            print the whole security table, not only its ✗ lines
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
unit_name=feedsieve.service
state_db=/var/lib/feedsieve/feedsieve.db
socket=/run/feedsieve/feedsieve.sock

unit_src=${1:-}
if [ -n "$unit_src" ]; then
	[ -f "$unit_src" ] || { echo "verify-unit: no such file: $unit_src" >&2; exit 2; }
	unit_src=$(cd "$(dirname "$unit_src")" && pwd)/$(basename "$unit_src")
fi

command -v systemd-analyze >/dev/null 2>&1 || {
	echo "verify-unit: systemd-analyze not found (Debian: apt-get install systemd)" >&2
	exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/feedsieve-verify.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# systemd-analyze verify loads the unit in a test manager that may try to use
# XDG_RUNTIME_DIR; give it one that exists.
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$tmp/run" "$tmp/build"
chmod 0700 "$tmp/run"

fail() { echo "verify-unit: FAIL: $*" >&2; exit 1; }
mk() { make -C "$repo" --no-print-directory "$@"; }

echo "== build"
bin="$tmp/build/feedsieve"
if [ -n "${FEEDSIEVE_BIN:-}" ]; then
	# A fresh copy is newer than the sources, so make will not rebuild it.
	cp "$FEEDSIEVE_BIN" "$bin"
	echo "using $FEEDSIEVE_BIN"
else
	mk build BINARY="$bin" || fail "go build failed (FEEDSIEVE_BIN=PATH verifies with a prebuilt binary)"
fi
"$bin" version

echo
echo "== make install DESTDIR=$tmp/root"
root="$tmp/root"
mk install DESTDIR="$root" BINARY="$bin"
staged_bin="$root/usr/local/bin/feedsieve"
staged_unit="$root/etc/systemd/system/$unit_name"
staged_config="$root/etc/feedsieve/config.yaml"
for f in "$staged_bin" "$staged_unit" "$staged_config"; do
	[ -f "$f" ] || fail "make install did not create ${f#"$root"}"
done
[ -x "$staged_bin" ] || fail "${staged_bin#"$root"} is not executable"
[ "$(stat -c %a "$staged_bin")" = 755 ] || fail "${staged_bin#"$root"} has mode $(stat -c %a "$staged_bin"), not 755"
[ "$(stat -c %a "$staged_unit")" = 644 ] || fail "${staged_unit#"$root"} has mode $(stat -c %a "$staged_unit"), not 644"
[ "$(stat -c %a "$staged_config")" = 644 ] || fail "${staged_config#"$root"} has mode $(stat -c %a "$staged_config"), not 644"
cmp -s "$repo/deploy/$unit_name" "$staged_unit" ||
	fail "with the default PREFIX the installed unit differs from deploy/$unit_name"
grep -qxF "  path: \"$state_db\"" "$staged_config" ||
	fail "installed config does not set storage.path to $state_db"
grep -qxF "  socket: \"$socket\"" "$staged_config" ||
	fail "installed config does not set server.socket to $socket"
grep -qxF "RuntimeDirectory=$(basename "$(dirname "$socket")")" "$staged_unit" ||
	fail "the unit's RuntimeDirectory= is not the directory of $socket"
# The installed config is ./config.yaml except for those two lines.
changed=$(diff "$repo/config.yaml" "$staged_config" | grep -c '^[<>]' || true)
[ "$changed" = 4 ] || fail "installed config differs from config.yaml in more than the storage.path and server.socket lines"

echo
echo "== make install again: an existing config is kept"
echo "# edited by the operator" >>"$staged_config"
cp "$staged_config" "$tmp/config.before"
mk install DESTDIR="$root" BINARY="$bin" >/dev/null
cmp -s "$tmp/config.before" "$staged_config" || fail "a second make install overwrote the config"
echo "ok"

echo
echo "== make install PREFIX=/opt/feedsieve"
mk install DESTDIR="$tmp/root-opt" PREFIX=/opt/feedsieve BINARY="$bin" >/dev/null
opt_unit="$tmp/root-opt/etc/systemd/system/$unit_name"
[ -x "$tmp/root-opt/opt/feedsieve/bin/feedsieve" ] || fail "PREFIX=/opt/feedsieve: no /opt/feedsieve/bin/feedsieve"
grep -q '^ExecStart=/opt/feedsieve/bin/feedsieve serve ' "$opt_unit" || fail "PREFIX=/opt/feedsieve: ExecStart= not rewritten"
! grep -q '/usr/local/bin/feedsieve' "$opt_unit" || fail "PREFIX=/opt/feedsieve: the unit still names /usr/local/bin/feedsieve"
grep '^Exec' "$opt_unit"

echo
echo "== systemd-analyze verify"
# The unit is copied under its own name, with the installed binary's path
# (/usr/local/bin/feedsieve) pointing at the staged binary: verify checks
# that every Exec*= command exists and is executable.
mkdir -p "$tmp/unit"
unit="$tmp/unit/$unit_name"
sed "s|/usr/local/bin/feedsieve|$staged_bin|g" "${unit_src:-$staged_unit}" >"$unit"
echo "unit: ${unit_src:-deploy/$unit_name} (binary: $staged_bin)"
set +e
out=$(systemd-analyze verify "$unit" 2>&1)
rc=$?
set -e
# Every message about our unit starts with its path or name
# ("/…/feedsieve.service:12: Unknown key …", "feedsieve.service: Command …").
# Lines that name only other units (e.g. a broken unit shipped by another
# package on this machine, or one our dependencies pull in) are not ours
# and are shown but ignored; any other line counts as a problem.
problems=0
while IFS= read -r line; do
	[ -n "$line" ] || continue
	if [[ $line == *"$unit_name"* ]]; then
		echo "  $line"
		problems=$((problems + 1))
	elif [[ $line =~ ^(/[^[:space:]]*/)?[A-Za-z0-9@_.\\-]+\.(service|socket|target|timer|path|mount|automount|swap|slice|scope|device)(:[0-9]+)?: ]]; then
		echo "  (ignored, about another unit) $line"
	else
		echo "  $line"
		problems=$((problems + 1))
	fi
done <<<"$out"
if [ "$rc" -ne 0 ] || [ "$problems" -ne 0 ]; then
	fail "systemd-analyze verify: exit status $rc, $problems message(s) about $unit_name"
fi
echo "ok: no warnings (line numbers in messages are those of the source file)"

# verify checks ExecStart= only; check that every Exec*= program exists.
missing=0
while IFS= read -r prog; do
	if [ ! -x "$prog" ]; then
		echo "  $unit_name: $prog (in an Exec*= line) is not an executable file on this machine"
		missing=$((missing + 1))
	fi
done < <(sed -n 's/^Exec[A-Za-z]*=[-@:+!]*\([^[:space:]]*\).*/\1/p' "$unit")
[ "$missing" -eq 0 ] || fail "$missing Exec*= program(s) missing"

echo
echo "== systemd-analyze security --offline=yes (informational)"
if sec=$(systemd-analyze security --offline=yes --no-pager "$unit" 2>&1); then
	if [ "${VERBOSE:-}" = 1 ]; then
		printf '%s\n' "$sec"
	else
		printf '%s\n' "$sec" | grep -E '^✗|Overall exposure' | sed 's/  */ /g' || true
	fi
else
	echo "systemd-analyze security failed (ignored):"
	printf '%s\n' "$sec" | sed 's/^/  /'
fi

echo
echo "== feedsieve check -config <staged>/etc/feedsieve/config.yaml"
"$staged_bin" check -config "$staged_config" || fail "feedsieve check rejected the installed config"

echo
echo "verify-unit: all checks passed"
