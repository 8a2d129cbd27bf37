#!/bin/sh
# Makes sure the headless browser used by the explorer's end-to-end test (ExplorerIT) is present:
# Debian's chromium + chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver), plus a CJK font
# (Debian fonts-noto-cjk) so that the Chinese page does not render as empty boxes in screenshots, and the TrueType
# CJK font PdfInputIT writes its PDF with (Debian fonts-wqy-microhei: PDFBox embeds TrueType, not Noto's CFF).
# Run by Maven in pre-integration-test (skip with -DskipBrowserTests=true).
# Never fails the build: when it cannot install, it says why and the test skips itself.
CHROMIUM=${CHROMIUM_BINARY:-/usr/bin/chromium}
DRIVER=${CHROMEDRIVER_BINARY:-/usr/bin/chromedriver}

has_cjk_font() {
    command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]
}

WQY=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ] && has_cjk_font && [ -r "$WQY" ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-chromium: $CHROMIUM or $DRIVER missing and not running as root;" \
         "install them with: sudo apt-get install chromium chromium-driver (browser tests will be skipped)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: $CHROMIUM or $DRIVER missing and apt-get is not available;" \
         "install Chromium and its driver by hand (browser tests will be skipped)"
    exit 0
fi
echo "ensure-chromium: installing chromium, chromium-driver and CJK fonts (fonts-noto-cjk, fonts-wqy-microhei) with apt-get"
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq chromium chromium-driver fonts-noto-cjk fonts-wqy-microhei; then
    exit 0
fi
echo "ensure-chromium: apt-get could not install chromium/chromium-driver (browser tests will be skipped)"
exit 0
