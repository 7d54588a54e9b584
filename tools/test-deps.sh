#!/usr/bin/env bash
# `npm test`'s pretest: make sure what the browser and deployment tests need beyond npm is on this machine —
# Debian's chromium, nginx and nginx's brotli_static module, and a Chinese font (without one Chromium draws every
# character as a box of the wrong width, and the layout tests — header height, sideways scrolling — would measure
# a page no reader sees). Idempotent and quiet: nothing happens when all three
# are there. Installs them with apt-get as root; anywhere else it stops at once with the one command to run.
set -euo pipefail

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
nginx_bin="${NGINX_PATH:-/usr/sbin/nginx}"
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
chinese_font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

missing=()
[ -x "$chromium_bin" ] || missing+=(chromium)
[ -x "$nginx_bin" ] || missing+=(nginx)
[ -f "$brotli_module" ] || missing+=(libnginx-mod-http-brotli-static)
[ -f "$chinese_font" ] || missing+=(fonts-wqy-microhei)
[ ${#missing[@]} -eq 0 ] && exit 0

command="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser and nginx tests need: ${missing[*]}." >&2
  echo "Run this once (as root on Debian), then npm test again:" >&2
  echo "  sudo sh -c '$command'" >&2
  exit 1
fi

echo "Installing test dependencies with apt-get: ${missing[*]} …"
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "apt-get failed (log above). Run: $command" >&2
  exit 1
fi
rm -f "$log"
# nginx's Debian package starts a system service on port 80; the tests run their own nginx on a loopback port.
command -v systemctl >/dev/null 2>&1 && systemctl stop nginx >/dev/null 2>&1 || true
echo "Installed: ${missing[*]}"
