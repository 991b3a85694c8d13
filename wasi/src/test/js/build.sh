#!/bin/sh
# Builds wasi/target/js/hello-js.wasm (about 12.6 MB, too large to check in) with
# @bytecodealliance/componentize-js, then runs ComponentizeJsTest on it:
#
#   wasi/src/test/js/build.sh            # from the repository root; needs node and npm
#
# Without npm it says so and exits 0. The WASI WIT comes from jco's package (not checked in here).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
out="$root/wasi/target/js"
if ! command -v npm >/dev/null 2>&1; then
    echo "npm not found: skipping the componentize-js component"
    exit 0
fi
mkdir -p "$out/wit/deps"
cd "$out"
[ -f package.json ] || echo '{"private": true, "type": "module"}' > package.json
if [ ! -d node_modules/@bytecodealliance/componentize-js ]; then
    npm install --no-audit --no-fund \
        @bytecodealliance/componentize-js@0.23.0 @bytecodealliance/jco@1.35.0
fi
for p in cli clocks filesystem io random sockets; do
    cp -r "node_modules/@bytecodealliance/jco/lib/wit/builtin/0.2.12/wasi-$p" wit/deps/
done
cp "$here/world.wit" wit/
cp "$here/hello.js" "$here/build.mjs" .
node build.mjs
cd "$root"
mvn -B -ntp -q -pl wasi -am test -Dtest=ComponentizeJsTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddovetail.wasi.jsComponent="$out/hello-js.wasm" "$@"
