#!/usr/bin/env bash
# Startup of the installed app as it ships, with the AOT class caches its postinst makes at install time
# (installer/linux/make-aot-caches.sh), against the same launchers with those caches switched off, and
# against a minimal JavaFX app (installer/startup/HelloFx.java) on the same runtime and JavaFX, without and
# with an AOT cache of its own (trained under Xvfb). The wizard and the minimal app: time from the process's
# start to its window being mapped (polling X every 10 ms under Xvfb). The command line: time for
# `audience-import --version` and `inspect` on the sample to finish. Prints the median of N runs of each,
# in milliseconds.
#
#   installer/measure-startup.sh [RUNS] [APP_DIR]
#     RUNS     runs of each variant, after one warm-up run (default 7)
#     APP_DIR  the installed app (default /opt/audience-import if present, else the app image that
#              `mvn -B -Pinstaller -DskipTests package` leaves in target/installer/image/audience-import,
#              given its caches here the way postinst would)
# Needs Xvfb and xdotool (apt-get install xvfb xdotool) and a JDK 25 javac (JAVA_HOME) for the baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

runs=${1:-7}
app_dir=${2:-}
if [ -z "$app_dir" ]; then
  if [ -x /opt/audience-import/bin/audience-import ]; then app_dir=/opt/audience-import; else app_dir=$root/target/installer/image/audience-import; fi
fi
java=$app_dir/lib/runtime/bin/java
jar=$app_dir/lib/app/audience-import.jar
wizard=$app_dir/bin/audience-import-wizard
cli=$app_dir/bin/audience-import
sample=$root/assets/samples/contacts-sample.csv
[ -x "$java" ] && [ -f "$jar" ] && [ -x "$wizard" ] || { echo "No app at $app_dir: build it with mvn -B -Pinstaller -DskipTests package" >&2; exit 1; }
javac=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/javac
for tool in Xvfb xdotool "$javac"; do
  command -v "$tool" >/dev/null || { echo "measure-startup.sh needs $tool" >&2; exit 1; }
done
if [ ! -s "$app_dir/lib/app/audience-import-wizard.aot" ]; then
  echo "No install-time AOT caches in $app_dir: making them as postinst does (installer/linux/make-aot-caches.sh)"
  sh installer/linux/make-aot-caches.sh "$app_dir"
  [ -s "$app_dir/lib/app/audience-import-wizard.aot" ] || { cat "$app_dir/lib/app/aot-caches.log" >&2; exit 1; }
fi

work=$(mktemp -d /tmp/audience-import-startup.XXXXXX)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$javac" -d "$work/hello" -cp "$jar" installer/startup/HelloFx.java
# A jar, not a folder: an AOT cache takes only jars on the class path.
"$(dirname "$javac")/jar" --create --file "$work/hello.jar" -C "$work/hello" .

display_number=90
while [ -e "/tmp/.X11-unix/X$display_number" ] || [ -e "/tmp/.X$display_number-lock" ]; do display_number=$((display_number + 1)); done
export DISPLAY=":$display_number"
Xvfb "$DISPLAY" -screen 0 1280x800x24 -ac -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

# One home with a warm JavaFX cache for every run. The launchers take these through JAVA_TOOL_OPTIONS, which
# the JVM reads before the launcher's own options; -XX:AOTMode=off there switches the caches off.
home=$work/home
mkdir -p "$home"
home_options="-Djavafx.cachedir=$home/openjfx -Daudienceimport.home=$home/app"
hello_options=(--enable-native-access=ALL-UNNAMED -Djavafx.cachedir="$home/openjfx" -Daudienceimport.home="$home/app")

# start_until_window TITLE COMMAND...: prints the milliseconds from start to the first window.
start_until_window() {
  local title=$1
  shift
  local start end
  start=$(date +%s%N)
  HOME="$home" "$@" >>"$work/out.log" 2>&1 &
  app_pid=$!
  until xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/out.log" >&2; echo "$* exited before its window" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  # Close the window the way a user does, so that a training run ends normally and writes its cache.
  xdotool search --onlyvisible --name "^$title\$" windowclose >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  echo $(((end - start) / 1000000))
}

# run_to_end IGNORED COMMAND...: prints the milliseconds the command takes (the first word keeps the shape
# of start_until_window's).
run_to_end() {
  shift
  local start end
  start=$(date +%s%N)
  HOME="$home" "$@" >>"$work/out.log" 2>&1 || { cat "$work/out.log" >&2; echo "$* failed" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# measure LABEL HOW ARGS...: HOW is start_until_window or run_to_end.
measure() {
  local label=$1 how=$2
  shift 2
  "$how" "$@" >/dev/null # warm-up: JavaFX's native cache, the file system cache
  local times=()
  for _ in $(seq 1 "$runs"); do times+=("$("$how" "$@")"); done
  printf '%-44s median %5s ms   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

hello_cp=$work/hello.jar:$jar
hello=("$java" "${hello_options[@]}" -cp "$hello_cp" HelloFxMain)
# The minimal app's training run: one start up to the first window, closed; the JVM writes the cache as it exits.
start_until_window "Hello JavaFX" \
  "$java" "${hello_options[@]}" -XX:AOTCacheOutput="$work/hello.aot" -cp "$hello_cp" HelloFxMain >/dev/null
[ -f "$work/hello.aot" ] || { cat "$work/out.log" >&2; echo "no AOT cache was written for the minimal app" >&2; exit 1; }
with_caches=(env JAVA_TOOL_OPTIONS="$home_options")
without_caches=(env JAVA_TOOL_OPTIONS="$home_options -XX:AOTMode=off")

echo "Startup, $runs runs each, on $app_dir ($(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)):"
echo "time to first window:"
measure "minimal JavaFX app" start_until_window "Hello JavaFX" "${hello[@]}"
measure "minimal JavaFX app + AOT cache" start_until_window "Hello JavaFX" \
  "$java" "${hello_options[@]}" -XX:AOTCache="$work/hello.aot" -cp "$hello_cp" HelloFxMain
measure "wizard, caches off" start_until_window "Audience Import" "${without_caches[@]}" "$wizard"
measure "wizard as installed (install-time cache)" start_until_window "Audience Import" "${with_caches[@]}" "$wizard"
echo "command line, to the end:"
measure "--version, caches off" run_to_end - "${without_caches[@]}" "$cli" --version
measure "--version as installed (install-time cache)" run_to_end - "${with_caches[@]}" "$cli" --version
measure "inspect sample, caches off" run_to_end - "${without_caches[@]}" "$cli" inspect "$sample"
measure "inspect sample as installed" run_to_end - "${with_caches[@]}" "$cli" inspect "$sample"
echo "AOT cache sizes (MB): $(cd "$app_dir/lib/app" && du -m ./*.aot | tr '\t\n' ' ')hello $(du -m "$work/hello.aot" | cut -f1)"
