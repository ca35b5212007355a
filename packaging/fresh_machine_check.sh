#!/usr/bin/env bash
# Proves the README's two commands on a fresh computer: builds a clean Debian 12 root filesystem with
# mmdebstrap holding only python3, python3-venv, make and git, clones this repository's committed
# state (the current branch) into it, and inside it (chroot) runs, timing each from nothing:
#   1. make run ARGS="--screenshot … --view welcome"  (on an X server: Xvfb, on the host)
#   2. make test
# Everything else the root ends up with is what `make run` / `make test` install themselves
# (packaging/system_requirements.py, as root) and pip. Not part of `make test`: `make fresh-check`.
#
# Usage (as root): packaging/fresh_machine_check.sh [WORKDIR]   (default /var/tmp/civicdesk-fresh)
# Leaves WORKDIR/welcome.png (the screenshot), WORKDIR/*.log and WORKDIR/times.txt.
#
# About this machine, not a user's: the development machine reaches the package registries through
# a proxy that presents its own certificate authority, and pip is configured (find-links and extra
# local indexes) to use wheels kept on its disk. A real fresh computer needs none of that, but the
# root here cannot reach PyPI without it, so the script copies into the root: the host's CA bundle
# (/etc/ssl/certs/ca-certificates.crt), its pip settings (/etc/pip.conf, /etc/xdg/pip/,
# ~/.config/pip/ and the PIP_* environment variables), its apt settings (/etc/apt/apt.conf.d/99*),
# resolv.conf and hosts, and bind-mounts read-only the local wheel folders pip.conf names (/opt/...).
# None of that installs anything into the root.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-/var/tmp/civicdesk-fresh}
ROOT=$WORK/root
DISPLAY_NUMBER=${FRESH_DISPLAY:-77}
BRANCH=$(git -C "$REPO" rev-parse --abbrev-ref HEAD)

if [ "$(id -u)" != 0 ]; then
  echo "fresh_machine_check.sh: run as root (it builds a root filesystem and chroots into it)"
  exit 1
fi
if ! command -v mmdebstrap >/dev/null || ! command -v Xvfb >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends mmdebstrap xvfb
fi

MOUNTS=()
XVFB_PID=
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT

bind() {  # bind SOURCE TARGET-IN-ROOT [ro]
  mkdir -p "$ROOT$2"
  mount --bind "$1" "$ROOT$2"
  MOUNTS+=("$ROOT$2")
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$ROOT$2"; fi
}

seconds() { date +%s.%N; }
took() { python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print(f'{int(s // 60)} min {s % 60:.0f} s')" "$1" "$2"; }

rm -rf "$ROOT"
mkdir -p "$WORK"
: >"$WORK/times.txt"
echo "== building a clean Debian 12 root in $ROOT"
start=$(seconds)
mmdebstrap --variant=minbase --include=python3,python3-venv,make,git bookworm "$ROOT" \
  http://deb.debian.org/debian >"$WORK/mmdebstrap.log" 2>&1
echo "root filesystem (mmdebstrap, minbase + python3 python3-venv make git): $(took "$start" "$(seconds)")" \
  | tee -a "$WORK/times.txt"

# --- this machine's way to the registries (see the comment at the top) ---
mkdir -p "$ROOT/etc/ssl/certs" "$ROOT/etc/xdg" "$ROOT/root/.config"
cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/"
cp /etc/resolv.conf /etc/hosts "$ROOT/etc/"
[ -f /etc/pip.conf ] && cp /etc/pip.conf "$ROOT/etc/"
[ -d /etc/xdg/pip ] && cp -r /etc/xdg/pip "$ROOT/etc/xdg/"
[ -d "$HOME/.config/pip" ] && cp -r "$HOME/.config/pip" "$ROOT/root/.config/"
cp /etc/apt/apt.conf.d/99* "$ROOT/etc/apt/apt.conf.d/" 2>/dev/null || true
for folder in /opt/wheels /opt/pypi /opt/pypi-more; do
  if [ -d "$folder" ]; then bind "$folder" "$folder" ro; fi
done
PIP_ENV=()
while IFS= read -r line; do PIP_ENV+=("$line"); done < <(env | grep '^PIP_' || true)

# --- what a chroot needs to be a computer ---
bind /proc /proc
bind /sys /sys
bind /dev /dev
mkdir -p /tmp/.X11-unix
bind /tmp/.X11-unix /tmp/.X11-unix

git -C "$REPO" bundle create "$ROOT/tmp/civicdesk.bundle" "$BRANCH" 2>/dev/null
echo "== cloning $BRANCH ($(git -C "$REPO" rev-parse --short HEAD), committed state) inside the root"
inside() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DISPLAY=":$DISPLAY_NUMBER" "${PIP_ENV[@]}" /bin/bash -c "$1"
}
inside "git clone -q --branch $BRANCH /tmp/civicdesk.bundle /root/civicdesk"

Xvfb ":$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
sleep 2

status=0
echo "== make run (from nothing: system packages, virtualenv, then the app with a screenshot)"
start=$(seconds)
if inside 'cd /root/civicdesk && make run ARGS="--screenshot /tmp/welcome.png --view welcome"' \
    >"$WORK/make-run.log" 2>&1 && [ -s "$ROOT/tmp/welcome.png" ]; then
  result=passed
  cp "$ROOT/tmp/welcome.png" "$WORK/welcome.png"
else
  result=FAILED
  status=1
fi
echo "make run from nothing: $result in $(took "$start" "$(seconds)")" | tee -a "$WORK/times.txt"

echo "== make test (the test tools, then the whole suite)"
start=$(seconds)
if inside 'cd /root/civicdesk && make test' >"$WORK/make-test.log" 2>&1; then
  result=passed
else
  result=FAILED
  status=1
fi
echo "make test after make run: $result in $(took "$start" "$(seconds)")" | tee -a "$WORK/times.txt"
tail -n 3 "$WORK/make-test.log"
echo "== logs in $WORK; screenshot: $WORK/welcome.png"
exit $status
