#!/usr/bin/env bash
# Starts the Chromium at CHROMIUM_PATH with the arguments given, every --disable-features switch merged into
# one. Chromium keeps only the last of them, and Playwright passes a list of its own before the caller's
# arguments: without the merge, a caller's list would silently replace Playwright's.
set -eu
features=()
args=()
for arg in "$@"; do
  case $arg in
    --disable-features=*) features+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if [ "${#features[@]}" -gt 0 ]; then args+=("--disable-features=$(IFS=,; echo "${features[*]}")"); fi
exec "${CHROMIUM_PATH:?names the browser to start}" "${args[@]}"
