#!/usr/bin/env bash
# Builds the .deb and proves it on this machine, as root on Debian/Ubuntu (CI runs it from .ci/run):
#   1. with no /etc/xdg/menus (where jpackage's own post-install script would fail): apt-get install
#      ./the.deb; the menu entry, icons and the audience-import command are in place; as an ordinary user
#      (home writable, /opt not) the command line answers --version and inspects the sample file, and the
#      wizard, opened the way the menu's "Open with" does, shows its first step under Xvfb (a screenshot
#      goes to target/installer-test/); postinst made both launchers' AOT caches, both launchers map them,
#      and a launcher whose cache is missing starts without a word about it; then the package purges
#      without a trace (the generated caches too);
#   2. with /etc/xdg/menus present: installs and purges cleanly too.
# Any failure stops it with a message; the app, the X server, the package and the test user are cleaned up
# either way, and a moved /etc/xdg/menus is put back.
#
#   installer/test-deb.sh              build with Maven, then test
#   installer/test-deb.sh --no-build   test the .deb already in target/installer/
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

package=audience-import
app_dir=/opt/audience-import
user=audience-import-test
out=$root/target/installer-test
sample=$root/assets/samples/contacts-sample.csv
max_deb_bytes=$((45 * 1024 * 1024))
menus=/etc/xdg/menus
menus_aside=/etc/xdg/menus.moved-by-audience-import-test

fail() { echo "test-deb: FAILED: $*" >&2; exit 1; }
step() { echo "test-deb: $*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs a package and adds a test user)"

app_pid=""
xvfb_pid=""
made_menus=""
cleanup() {
  local status=$?
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  if dpkg -s "$package" >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" >/dev/null 2>&1
  fi
  if id "$user" >/dev/null 2>&1; then
    pkill -u "$user" 2>/dev/null
    userdel -r "$user" >/dev/null 2>&1
  fi
  [ -n "$made_menus" ] && rmdir "$menus" 2>/dev/null
  if [ -d "$menus_aside" ] && [ ! -e "$menus" ]; then
    mv "$menus_aside" "$menus"
  fi
  [ "$status" -eq 0 ] || echo "test-deb: cleaned up after the failure above" >&2
  exit "$status"
}
trap cleanup EXIT

# What a fresh Debian 12 lacks for building (jpackage's deb needs dpkg-deb and fakeroot) and for looking
# at the app (Xvfb, xdotool, ImageMagick's import).
needed=()
command -v fakeroot >/dev/null || needed+=(fakeroot)
command -v dpkg-deb >/dev/null || needed+=(dpkg-dev)
command -v Xvfb >/dev/null || needed+=(xvfb)
command -v xdotool >/dev/null || needed+=(xdotool)
command -v xwininfo >/dev/null || needed+=(x11-utils)
command -v import >/dev/null || needed+=(imagemagick)
command -v runuser >/dev/null || needed+=(util-linux)
command -v desktop-file-validate >/dev/null || needed+=(desktop-file-utils)
# The .deb's dependencies (GTK 3 and the rest) come from the archive: a fresh machine needs its lists.
if [ ${#needed[@]} -gt 0 ] || ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
  apt-get update -qq
fi
if [ ${#needed[@]} -gt 0 ]; then
  step "installing ${needed[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
fi

if [ "${1:-}" != "--no-build" ]; then
  step "building the installer (mvn -B -Pinstaller -DskipTests package)"
  mvn -B -q -Pinstaller -DskipTests package
fi
debs=("$root"/target/installer/${package}_*_amd64.deb)
[ -f "${debs[0]}" ] || fail "no .deb in target/installer (build with: mvn -B -Pinstaller -DskipTests package)"
deb=${debs[0]}
deb_bytes=$(stat -c %s "$deb")
step "$(basename "$deb"): $((deb_bytes / 1024 / 1024)) MB ($deb_bytes bytes)"
[ "$deb_bytes" -lt "$max_deb_bytes" ] || fail "the .deb is $deb_bytes bytes, over the 45 MB aim"
dpkg-deb -f "$deb" Depends | grep -q "libgtk-3-0" || fail "the .deb does not declare GTK 3 (libgtk-3-0)"

if dpkg -s "$package" >/dev/null 2>&1; then
  fail "$package is already installed here; remove it first (apt-get purge $package)"
fi
rm -rf "$out"
mkdir -p "$out"
chmod 755 "$out"

aot_caches=("$app_dir/lib/app/audience-import.aot" "$app_dir/lib/app/audience-import-wizard.aot")

install_deb() {
  step "apt-get install ./$(basename "$deb") ($1)"
  local started=$SECONDS
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$out/apt-install-$2.log" 2>&1 \
    || { cat "$out/apt-install-$2.log" >&2; fail "apt-get install failed ($1)"; }
  SECONDS_INSTALL=$((SECONDS - started))
  dpkg -s "$package" | grep -q "^Status: install ok installed" || fail "dpkg does not list $package as installed"
  [ -x "$app_dir/bin/audience-import" ] || fail "$app_dir/bin/audience-import missing"
  [ -x "$app_dir/bin/audience-import-wizard" ] || fail "$app_dir/bin/audience-import-wizard missing"
  [ "$(readlink -f /usr/bin/audience-import)" = "$app_dir/bin/audience-import" ] || fail "/usr/bin/audience-import is not the app's command"
  [ -f /usr/share/applications/audience-import.desktop ] || fail "no menu entry /usr/share/applications/audience-import.desktop"
  [ -f /usr/share/icons/hicolor/256x256/apps/audience-import.png ] || fail "no icon in /usr/share/icons/hicolor"
  local mime
  for mime in application/vnd.openxmlformats-officedocument.spreadsheetml.sheet application/vnd.ms-excel text/csv; do
    grep -q "^MimeType=.*$mime;" /usr/share/applications/audience-import.desktop || fail "the menu entry does not open $mime"
  done
  desktop-file-validate /usr/share/applications/audience-import.desktop || fail "the menu entry is not a valid .desktop file"
  local cache
  for cache in "${aot_caches[@]}"; do
    [ -s "$cache" ] || { cat "$app_dir/lib/app/aot-caches.log" >&2 2>/dev/null; fail "postinst made no AOT cache $cache"; }
  done
  step "AOT caches made at install: $(cd "$app_dir/lib/app" && du -m *.aot | tr '\t\n' ' ')(MB) in ${SECONDS_INSTALL}s of install"
}

purge_deb() {
  step "apt-get purge $package ($1)"
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" >"$out/apt-purge-$2.log" 2>&1 \
    || { cat "$out/apt-purge-$2.log" >&2; fail "apt-get purge failed ($1)"; }
  ! dpkg -s "$package" >/dev/null 2>&1 || fail "$package still installed after purge"
  [ ! -e "$app_dir" ] || fail "$app_dir left behind: $(find "$app_dir" | head -5 | tr '\n' ' ')"
  [ ! -e /usr/bin/audience-import ] && [ ! -L /usr/bin/audience-import ] || fail "/usr/bin/audience-import left behind"
  [ ! -e /usr/share/applications/audience-import.desktop ] && [ ! -L /usr/share/applications/audience-import.desktop ] \
    || fail "the menu entry is left behind"
  local left
  left=$(find /usr/share/icons/hicolor -name 'audience-import.*' 2>/dev/null | head -1)
  [ -z "$left" ] || fail "icon left behind: $left"
}

as_user() { runuser -u "$user" -- env -i HOME="/home/$user" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

# --- 1. A machine without /etc/xdg/menus -------------------------------------------------------------
if [ -e "$menus" ]; then
  mv "$menus" "$menus_aside"
fi
install_deb "no $menus" no-menus

useradd -m -s /bin/bash "$user" 2>/dev/null || fail "cannot add the test user $user"
cp "$sample" "/home/$user/contacts-sample.csv"
chown "$user:" "/home/$user/contacts-sample.csv"
user_sample=/home/$user/contacts-sample.csv
as_user test ! -w "$app_dir" || fail "the test user can write $app_dir; the test would prove nothing"

step "audience-import --version"
version=$(as_user audience-import --version) || fail "audience-import --version exited non-zero"
echo "$version" | sed 's/^/    /'
echo "$version" | grep -q "^Audience Import [0-9]" || fail "--version did not name the app and its version"

# A class of the app's own, loaded from the AOT cache rather than the jar, proves the launcher maps it.
# _JAVA_OPTIONS, unlike JAVA_TOOL_OPTIONS, comes after the launcher's own -Xlog:aot*=off.
loads_from_cache() { grep -q "$1 source: shared objects file" "$2"; }
step "audience-import --version maps its AOT cache"
as_user env _JAVA_OPTIONS="-Xlog:class+load=info:file=/home/$user/cli-classes.log" audience-import --version >/dev/null 2>&1 \
  || fail "audience-import --version with class logging exited non-zero"
loads_from_cache org.audienceimport.Main "/home/$user/cli-classes.log" \
  || fail "the command line did not load its classes from $app_dir/lib/app/audience-import.aot"

step "a launcher without its AOT cache starts as before, silently"
mv "${aot_caches[0]}" "${aot_caches[0]}.aside"
bare=$(as_user audience-import --version 2>&1) || { mv "${aot_caches[0]}.aside" "${aot_caches[0]}"; fail "--version without the cache exited non-zero"; }
mv "${aot_caches[0]}.aside" "${aot_caches[0]}"
[ "$bare" = "$version" ] || { echo "$bare" >&2; fail "without its cache the command line printed more than its version"; }

step "audience-import inspect contacts-sample.csv"
inspect=$(as_user audience-import inspect "$user_sample") || fail "inspect exited non-zero"
echo "$inspect" | grep -q "Data rows: *7" || { echo "$inspect" >&2; fail "inspect did not find the sample's 7 rows"; }
echo "$inspect" | grep -q "E-mail" || { echo "$inspect" >&2; fail "inspect did not list the E-mail column"; }

step "the wizard, opened as the menu entry's Open with does, under Xvfb"
display_number=99
while [ -e "/tmp/.X11-unix/X$display_number" ] || [ -e "/tmp/.X$display_number-lock" ]; do
  display_number=$((display_number + 1))
done
export DISPLAY=":$display_number"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -ac -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; xwininfo -root >/dev/null 2>&1 && break; sleep 0.2; done
xwininfo -root >/dev/null 2>&1 || fail "Xvfb did not start on $DISPLAY"

exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/audience-import.desktop)
read -r -a command <<<"${exec_line/\%f/$user_sample}"
runuser -u "$user" -- env -i HOME="/home/$user" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$DISPLAY" \
  _JAVA_OPTIONS="-Xlog:class+load=info:file=/home/$user/wizard-classes.log" \
  "${command[@]}" >"$out/wizard.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 1 180); do
  window=$(xdotool search --onlyvisible --name '^Audience Import$' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$out/wizard.log" >&2; fail "the wizard exited before showing a window"; }
  sleep 0.5
done
[ -n "$window" ] || { cat "$out/wizard.log" >&2; fail "no window titled 'Audience Import' within 90 s"; }
step "window $window is up; letting step 1 read the file"
sleep 5
kill -0 "$app_pid" 2>/dev/null || { cat "$out/wizard.log" >&2; fail "the wizard died after showing its window"; }
import -display "$DISPLAY" -window root "$out/wizard-installed.png" || fail "could not take a screenshot"
spread=$(convert "$out/wizard-installed.png" -colorspace Gray -format '%[fx:standard_deviation]' info:)
awk -v s="$spread" 'BEGIN { exit !(s > 0.05) }' || fail "the screenshot is blank (grey spread $spread)"
step "screenshot: $out/wizard-installed.png"
[ -d "/home/$user/.openjfx/cache" ] || fail "JavaFX did not unpack its libraries into the user's home"
if grep -E "Exception|ERROR|\[(aot|cds)" "$out/wizard.log" >/dev/null; then
  cat "$out/wizard.log" >&2
  fail "the wizard wrote errors"
fi
loads_from_cache org.audienceimport.ui.AudienceImportApp "/home/$user/wizard-classes.log" \
  || fail "the wizard did not load its classes from $app_dir/lib/app/audience-import-wizard.aot"
step "the wizard loaded $(grep -c 'source: shared objects file' "/home/$user/wizard-classes.log") classes from its AOT cache, $(grep -vc 'source: shared objects file' "/home/$user/wizard-classes.log") otherwise"
xdotool windowclose "$window" 2>/dev/null || kill "$app_pid"
for _ in $(seq 1 40); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$app_pid" 2>/dev/null; then
  kill "$app_pid"
fi
wait "$app_pid" 2>/dev/null || true
app_pid=""
kill "$xvfb_pid" 2>/dev/null || true
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""
pkill -u "$user" 2>/dev/null || true
userdel -r "$user" >/dev/null 2>&1 || true

purge_deb "no $menus" no-menus

# --- 2. A machine with /etc/xdg/menus ----------------------------------------------------------------
if [ ! -e "$menus" ]; then
  mkdir -p "$menus"
  made_menus=yes
fi
install_deb "with $menus" with-menus
purge_deb "with $menus" with-menus

echo "test-deb: OK: the .deb installs (with and without $menus), runs (CLI and wizard) and purges cleanly"
