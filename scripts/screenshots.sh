#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the demo tenant's pages in a real headless Chromium,
# through the same WebDriver harness as the browser tests. Needs Debian's chromium and
# chromium-driver, and fonts-noto-core and fonts-noto-cjk to draw the Arabic and Japanese words.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --test api screenshots -- --ignored --nocapture --test-threads=1
