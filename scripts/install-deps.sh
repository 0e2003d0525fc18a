#!/usr/bin/env bash
# Installs the Debian packages yuedu builds against and tests with, if missing.
# System libraries: ncursesw, SQLite, ICU, OpenCC, uchardet, libcurl, libxml2, zstd.
# Tests: tmux, python3 (the loopback HTTP fixture server), Unicode data
# files, and real CJK prose (fortunes-zh, debian-reference, debian-faq-ko).
set -euo pipefail
packages=(libncurses-dev libsqlite3-dev libicu-dev libopencc-dev opencc libuchardet-dev libcurl4-openssl-dev libxml2-dev libzstd-dev python3 tmux
          unicode-data fortunes-zh debian-reference-zh-cn debian-reference-ja debian-faq-ko)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
