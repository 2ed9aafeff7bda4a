#!/usr/bin/env bash
# Regenerates assets/captcha-audio/<language>/<digit>.wav, the spoken digits the audio captcha
# is built from: one clip per digit per language, spoken by eSpeak NG and stored as 8 kHz,
# 8-bit mono PCM with the silence around the word trimmed. Needs Debian's espeak-ng and sox
# (apt-get install espeak-ng sox). The clips are committed; this only runs to change them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/captcha-audio
declare -A voices=([en]=en-us [de]=de [fr]=fr-fr [es]=es [pt-BR]=pt-br [nl]=nl [ja]=ja [ar]=ar)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for lang in "${!voices[@]}"; do
  mkdir -p "$out/$lang"
  for digit in 0 1 2 3 4 5 6 7 8 9; do
    espeak-ng -v "${voices[$lang]}" -s 130 -w "$tmp/raw.wav" "$digit"
    sox "$tmp/raw.wav" -r 8000 -b 8 -e unsigned-integer -c 1 "$out/$lang/$digit.wav" \
      silence 1 0.02 1% reverse silence 1 0.02 1% reverse norm -3
  done
done
espeak-ng --version | head -1 > "$out/VERSION"
du -sh "$out"
