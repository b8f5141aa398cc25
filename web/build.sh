#!/usr/bin/env bash
# Build the page into a plain folder (default web/dist/) that any static host serves, or
# that opens from disk (file://): index.html, its scripts and styles, and tsuchi compiled
# to WebAssembly (embedded in tsuchi_wasm.js, so the page needs no server at all).
#
#   web/build.sh [OUT_DIR]
#
# Installs what it needs when it is missing: the wasm32-unknown-unknown target (rustup)
# and the wasm-bindgen CLI of the version Cargo.lock pins (cargo install from crates.io, into
# target/tools/ unless that version is already on PATH).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-web/dist}
tdir=${CARGO_TARGET_DIR:-target}

# the wasm-bindgen CLI must be the version of the wasm-bindgen crate in Cargo.lock
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$want" ] || { echo "web/build.sh: no wasm-bindgen in Cargo.lock" >&2; exit 1; }

if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "== rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
# a matching wasm-bindgen on PATH, or one installed for this checkout under target/tools/
bindgen=wasm-bindgen
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
  tools="$(cd "$root" && mkdir -p "$tdir/tools" && cd "$tdir/tools" && pwd)/wasm-bindgen-$want"
  bindgen="$tools/bin/wasm-bindgen"
  if [ "$("$bindgen" --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    echo "== cargo install wasm-bindgen-cli --version $want --root $tools"
    # --locked first; a registry that lacks one of its pinned dependencies gets a fresh resolve
    cargo install wasm-bindgen-cli --version "$want" --root "$tools" --locked --no-default-features \
      || cargo install wasm-bindgen-cli --version "$want" --root "$tools" --no-default-features
  fi
fi

echo "== cargo build -p tsuchi-wasm --target wasm32-unknown-unknown --profile web"
cargo build -p tsuchi-wasm --target wasm32-unknown-unknown --profile web
wasm=$tdir/wasm32-unknown-unknown/web/tsuchi_wasm.wasm

new="$out.new"
rm -rf "$new"
mkdir -p "$new"
"$bindgen" --target no-modules --no-modules-global tsuchi_wasm --no-typescript \
  --remove-name-section --remove-producers-section --out-dir "$new" --out-name tsuchi "$wasm"
# the module as a script: a page opened from disk may load scripts, but not fetch files
{
  printf '// tsuchi compiled to WebAssembly (base64), built by web/build.sh\nvar TSUCHI_WASM_BASE64 = "'
  base64 < "$new/tsuchi_bg.wasm" | tr -d '\n'
  printf '";\n'
} > "$new/tsuchi_wasm.js"
wasm_bytes=$(wc -c < "$new/tsuchi_bg.wasm")
rm "$new/tsuchi_bg.wasm"
cp web/page/* "$new/"

# replace the old folder only once the new one is complete
if [ -d "$out" ]; then
  rm -rf "$out.old"
  mv "$out" "$out.old"
fi
mv "$new" "$out"
rm -rf "$out.old"

total=$(cat "$out"/* | wc -c)
gz=$(cat "$out"/* | gzip -9 | wc -c)
echo "web/build.sh: $out: WebAssembly $wasm_bytes bytes; the folder $total bytes ($gz gzipped)"
