#!/bin/bash
# Rewrites patches/<package>+<version>.patch from the files edited in node_modules, without
# `patch-package`'s own packaging step (it runs a full `npm i` that never ends on this project).
# Usage: scripts/make-patch.sh <package> <version> <every edited file, relative to the package…>
# Example: scripts/make-patch.sh @evidence-dev/core-components 5.4.2 dist/unsorted/viz/table/TableRow.svelte
# Give every file the patch must hold, the ones patched before included: the patch is rewritten.
set -e
app=$(cd "$(dirname "$0")/.." && pwd)
pkg=$1; ver=$2; shift 2
d=$(mktemp -d); cd $d
npm pack "$pkg@$ver" >/dev/null 2>&1; tar xzf *.tgz
mkdir -p "a/node_modules/$pkg" "b/node_modules/$pkg"
cp -r package/. "a/node_modules/$pkg/"; cp -r package/. "b/node_modules/$pkg/"
for f in "$@"; do cp "$app/node_modules/$pkg/$f" "b/node_modules/$pkg/$f"; done
git diff --no-index --no-prefix a/node_modules b/node_modules > out.patch || true
name=$(echo "$pkg" | sed 's#/#+#')
cp out.patch "$app/patches/$name+$ver.patch"
rm -rf $d
