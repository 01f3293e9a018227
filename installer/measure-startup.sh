#!/usr/bin/env bash
# Time to first window: the installed wizard against a minimal JavaFX app (installer/startup/HelloFx.java)
# on the same jlinked runtime and the same JavaFX, each with and without an AOT class cache (JDK 25's
# successor to AppCDS: classes loaded and linked ahead of time, made by one training run). Prints the
# median of N runs of each, in milliseconds, from the process's start to its window being mapped (seen by
# polling X every 10 ms under Xvfb).
#
#   installer/measure-startup.sh [RUNS] [APP_DIR]
#     RUNS     runs of each variant, after one warm-up run (default 7)
#     APP_DIR  the installed app (default /opt/audience-import if present, else the app image that
#              `mvn -B -Pinstaller -DskipTests package` leaves in target/installer/image/audience-import)
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
[ -x "$java" ] && [ -f "$jar" ] || { echo "No app at $app_dir: build it with mvn -B -Pinstaller -DskipTests package" >&2; exit 1; }
javac=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/javac
for tool in Xvfb xdotool "$javac"; do
  command -v "$tool" >/dev/null || { echo "measure-startup.sh needs $tool" >&2; exit 1; }
done

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

# The same JVM options as the installed launcher (lib/app/*.cfg), and one home with a warm JavaFX cache.
home=$work/home
mkdir -p "$home"
base_options=(--enable-native-access=ALL-UNNAMED -Djavafx.cachedir="$home/openjfx" -Daudienceimport.home="$home/app")

# start_until_window TITLE CLASSPATH MAIN [JVM OPTIONS...]: prints the milliseconds to the first window.
start_until_window() {
  local title=$1 classpath=$2 main=$3
  shift 3
  local start end
  start=$(date +%s%N)
  HOME="$home" "$java" "${base_options[@]}" "$@" -cp "$classpath" "$main" >>"$work/out.log" 2>&1 &
  app_pid=$!
  until xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/out.log" >&2; echo "$main exited before its window" >&2; exit 1; }
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

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

measure() {
  local label=$1
  shift
  start_until_window "$@" >/dev/null # warm-up: JavaFX's native cache, the file system cache
  local times=()
  for _ in $(seq 1 "$runs"); do times+=("$(start_until_window "$@")"); done
  printf '%-34s median %5s ms   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

app_cp=$jar
hello_cp=$work/hello.jar:$jar
# Training runs: one start up to the first window, closed; the JVM writes the cache as it exits.
start_until_window "Hello JavaFX" "$hello_cp" HelloFxMain -XX:AOTCacheOutput="$work/hello.aot" >/dev/null
start_until_window "Audience Import" "$app_cp" org.audienceimport.WizardMain -XX:AOTCacheOutput="$work/app.aot" >/dev/null
[ -f "$work/app.aot" ] && [ -f "$work/hello.aot" ] || { cat "$work/out.log" >&2; echo "no AOT cache was written" >&2; exit 1; }

echo "Time to first window, $runs runs each, on $app_dir ($(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)):"
measure "minimal JavaFX app" "Hello JavaFX" "$hello_cp" HelloFxMain
measure "minimal JavaFX app + AOT cache" "Hello JavaFX" "$hello_cp" HelloFxMain -XX:AOTCache="$work/hello.aot"
measure "Audience Import wizard" "Audience Import" "$app_cp" org.audienceimport.WizardMain
measure "Audience Import wizard + AOT cache" "Audience Import" "$app_cp" org.audienceimport.WizardMain -XX:AOTCache="$work/app.aot"
echo "AOT cache sizes: app $(du -m "$work/app.aot" | cut -f1) MB, hello $(du -m "$work/hello.aot" | cut -f1) MB"
