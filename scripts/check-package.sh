#!/usr/bin/env bash
# Check the Debian package as a newsroom would get it: its control fields,
# its files, a valid desktop entry and metainfo, and the command line
# running from the package's files unpacked into a temporary root.
#   scripts/check-package.sh [PACKAGE.deb]   (default: the newest built)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls -t target/release/bundle/deb/*.deb 2>/dev/null | head -1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no package: run scripts/package.sh first" >&2; exit 1; }
fail() { echo "package check failed: $*" >&2; exit 1; }
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "Control fields of $deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = claimdesk ] || fail "Package is '$(field Package)', not claimdesk"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Version)" ] || fail "no Version"
depends=$(field Depends)
echo "Depends: $depends"
grep -q 'libwebkit2gtk-4.1-0' <<<"$depends" || fail "Depends lacks the WebKitGTK 4.1 runtime"
grep -q -- '-dev' <<<"$depends" && fail "Depends names a -dev package: $depends"

say "Files"
files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||')
for f in usr/bin/claimdesk usr/bin/claimdesk-app usr/share/applications/Claimdesk.desktop \
    usr/share/icons/hicolor/32x32/apps/claimdesk-app.png usr/share/icons/hicolor/128x128/apps/claimdesk-app.png \
    usr/share/metainfo/app.claimdesk.desktop.metainfo.xml; do
    grep -qxF "$f" <<<"$files" || fail "missing $f (the package has: $(tr '\n' ' ' <<<"$files"))"
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
desktop="$root/usr/share/applications/Claimdesk.desktop"
grep -qx 'Exec=claimdesk-app %F' "$desktop" || fail "the desktop entry does not open files: $(grep Exec "$desktop")"
grep -q '^MimeType=.*text/html' "$desktop" || fail "the desktop entry does not offer to open HTML"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
    echo "desktop entry valid (desktop-file-validate)"
else
    echo "desktop-file-validate not installed: desktop entry checked by grep only"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --explain "$root/usr/share/metainfo/app.claimdesk.desktop.metainfo.xml" \
        || fail "appstreamcli validate"
fi

say "The command line from the unpacked package"
cli="$root/usr/bin/claimdesk"
version=$("$cli" --version)
[ "$version" = "claimdesk $(field Version)" ] || fail "--version says '$version'"
if ldd "$cli" | grep -Eq 'webkit|gtk'; then fail "the command line links a GUI library"; fi
article="$root/article.txt"
printf '%s\n' 'Officials said some 11,000 soldiers had arrived, Yonhap reported.' > "$article"
"$cli" extract --json "$article" | grep -q '"numeric":true' || fail "extract found no numeric claim"
db="$root/check.db"
"$cli" --db "$db" import "$article" >/dev/null
[ "$("$cli" --db "$db" list --json | wc -l)" = 1 ] || fail "import + list did not give one claim"
say "Package OK: $deb"
