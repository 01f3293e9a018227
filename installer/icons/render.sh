#!/usr/bin/env bash
# Renders the app icon's sizes from assets/icons/audience-import.svg: PNGs 16..512, a Windows .ico and a
# macOS .icns, plus the window icon the UI loads. Run it after editing the SVG and commit the results;
# the build only reads them. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=assets/icons/audience-import.svg
out=assets/icons
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh needs $tool (apt-get install librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/audience-import-$size.png"
done
convert "$out"/audience-import-{16,24,32,48,64,128,256}.png "$out/audience-import.ico"
png2icns "$out/audience-import.icns" "$out"/audience-import-{16,32,48,128,256,512}.png >/dev/null
cp "$out/audience-import-256.png" src/main/resources/org/audienceimport/ui/icon.png
echo "Rendered $(ls "$out" | wc -l) files into $out"
