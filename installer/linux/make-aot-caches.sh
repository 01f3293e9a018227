#!/bin/sh
# Makes the two launchers' AOT class caches (JDK 25, JEPs 483/514) for an installed Audience Import:
# $APPDIR/audience-import.aot (the command line) and $APPDIR/audience-import-wizard.aot (the wizard),
# which the launchers name in their -XX:AOTCache option. Each comes from one training run of the installed
# app on the installed runtime, the way its launcher starts it; the JVM writes the cache as it exits.
# No display is needed: JavaFX runs on its headless platform, and the wizard closes itself after its first
# window (audienceimport.exitAfterFirstWindow). Shipped as lib/share/make-aot-caches.sh; postinst runs it,
# so does installer/measure-startup.sh for an app image that was never installed.
#
#   make-aot-caches.sh [APP_DIR]     APP_DIR: the app's root (default /opt/audience-import)
#
# Never fails: a failed or timed-out run leaves no cache (the launcher then starts without one) and says so
# in $APPDIR/aot-caches.log. The caches fit only this jar and this runtime: JDK 25.0.3 does not notice a
# changed jar (JDK-8377932), so they must be remade whenever either changes (prerm removes them, the new
# version's postinst makes them again).

app=${1:-/opt/audience-import}
appdir=$app/lib/app
java=$app/lib/runtime/bin/java
log=$appdir/aot-caches.log

[ -x "$java" ] && [ -f "$appdir/audience-import.jar" ] || exit 0
command -v timeout >/dev/null 2>&1 || exit 0
work=$(mktemp -d /tmp/audience-import-aot.XXXXXX) || exit 0
trap 'rm -rf "$work"' EXIT
: >"$log" 2>/dev/null || log=/dev/null

# training_run CACHE MAIN [ARGS...]. The class path and the JVM options that matter to a cache (the runtime,
# the modules, the GC) are the launchers'; -D properties do not matter and keep the run away from any home.
training_run() {
    cache=$1
    shift
    echo "--- $(date -u '+%Y-%m-%d %H:%M:%S') training run for $cache: $*" >>"$log"
    rm -f "$work/out.aot"
    if env -i PATH=/usr/bin:/bin LANG=C.UTF-8 timeout -k 10 240 "$java" \
            --enable-native-access=ALL-UNNAMED -XX:MaxGCPauseMillis=50 \
            -Duser.home="$work" -Djavafx.cachedir="$work/openjfx" -Daudienceimport.home="$work/home" \
            -Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
            -Daudienceimport.exitAfterFirstWindow=true \
            -XX:AOTCacheOutput="$work/out.aot" -cp "$appdir/audience-import.jar" "$@" \
            </dev/null >>"$log" 2>&1 && [ -s "$work/out.aot" ]; then
        # Copied beside, then renamed: a launcher never sees half a cache.
        if cp "$work/out.aot" "$cache.new" && chmod 644 "$cache.new" && mv -f "$cache.new" "$cache"; then
            echo "made $cache" >>"$log"
            return 0
        fi
        rm -f "$cache.new"
    fi
    echo "no cache made for $cache; its launcher starts without one" >>"$log"
}

# The command line's run: what scripts do most, reading a small contact list.
printf 'E-mail;Phone;Name\nanna@example.com;+7 900 000-00-01;Anna\nboris@example.com;+7 900 000-00-02;Boris\n' \
    >"$work/contacts.csv"
training_run "$appdir/audience-import.aot" org.audienceimport.Main inspect "$work/contacts.csv"
training_run "$appdir/audience-import-wizard.aot" org.audienceimport.WizardMain
exit 0
