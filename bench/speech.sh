#!/bin/sh
# speech.sh: seconds of speech per screen for journeys to the outcomes, in English, Polish and Romanian: the --speak-log utterances spoken by espeak-ng to WAV, measured by sox.
#
# Usage: make bench-speech      (from the build tree), or
#        sh bench/speech.sh [BUILDDIR]
# Needs espeak-ng and sox (quickstart installs them). No speech service is
# used: the guide writes what it would say (--speak-log) and espeak-ng, the
# engine speech-dispatcher's module drives, speaks it to files at its
# default rate (175 words a minute; the module's normal rate is 170).
#
# For each screen: "choices" is the first utterance (title, summary and the
# numbered choices: how long a visitor waits to hear every way on), "whole"
# adds the rest of the screen (its other paragraphs, dates and contacts),
# which a visitor hears only if they let it run; any key stops it.

set -u
LC_ALL=C.UTF-8
export LC_ALL
top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
build=${1:-.}
sendguide=${SENDGUIDE:-$build/sendguide}
for p in espeak-ng sox soxi; do
	command -v $p >/dev/null 2>&1 || { echo "speech.sh: $p is not installed" >&2; exit 77; }
done
[ -x "$sendguide" ] || { echo "speech.sh: no $sendguide" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sendguide-speech.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

# Journeys to outcomes (the choices typed, and the area they are for), as
# tests/journeys/outcome-*.in take them.
journeys='appeal-certificate:1 1 2:west-sussex
dr-school:3 1:rutland
health-mediation:5 1 1:west-sussex
discrimination:6:southend-on-sea'

# seconds SSML LANG: how long espeak-ng takes to say it.
seconds() {
	espeak-ng -m -v "$2" -w "$work/u.wav" "$1" 2>/dev/null || { echo 0; return; }
	soxi -D "$work/u.wav"
}

printf '%-20s %-4s %-4s %8s %8s  %s\n' journey lang scr choices whole title
printf '%s\n' "$journeys" | while IFS=: read -r name keys area; do
	for lang in en pl ro; do
		rm -f "$work/log"
		printf '%s\n' $keys | "$sendguide" --plain --content "$top/content" --lang=$lang \
			--area="$area" --speak-log="$work/log" >"$work/out" 2>/dev/null
		# Each screen's title is the first line after the number typed
		# (and the first screen's, the first line after any note).
		awk 'NR == 1 && !/^$/ { t = 1 } t && NF { print; t = 0 } /^> [0-9]+$/ { t = 1 } /^$/ && NR < 6 && !s { s = 1; t = 1 }' \
			"$work/out" | awk '!seen[$0]++' >"$work/titles.all"
		# Keep only titles that begin an utterance (the note is not a screen).
		: >"$work/titles"
		while IFS= read -r t; do
			grep -q -F "<speak>$t<break" "$work/log" && printf '%s\n' "$t" >>"$work/titles"
		done <"$work/titles.all"
		n=0
		while IFS= read -r t; do
			n=$((n + 1))
			# The screen's utterances: from its title to the line before
			# the next screen's title, less the last (the prompt).
			start=$(grep -n -F "<speak>$t<break" "$work/log" | head -n 1 | cut -d: -f1)
			next=$(sed -n "$((n + 1))p" "$work/titles")
			if [ -n "$next" ]; then
				end=$(grep -n -F "<speak>$next<break" "$work/log" | head -n 1 | cut -d: -f1)
			else
				end=$(($(wc -l <"$work/log") + 1))
			fi
			end=$((end - 2))
			first=$(sed -n "${start}p" "$work/log")
			c=$(seconds "$first" $lang)
			w=$c
			if [ "$end" -gt "$start" ]; then
				rest=$(sed -n "$((start + 1)),${end}p" "$work/log" | sed 's#</speak>$##; s#^<speak>##' | tr '\n' ' ')
				w=$(echo "$c + $(seconds "<speak>$rest</speak>" $lang)" | bc)
			fi
			printf '%-20s %-4s %-4s %8.1f %8.1f  %.40s\n' "$name" $lang $n "$c" "$w" "$t"
		done <"$work/titles"
	done
done
