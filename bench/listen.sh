#!/bin/sh
# listen.sh: how long fixed plain-view journeys take to hear, spoken by espeak-ng at its default rate.
#
# Usage: make bench-listen       (from the build tree), or
#        sh bench/listen.sh [BUILDDIR]
# Environment: SPEECH_LANGS (default "en pl ro"), SPEECH_JOURNEYS (names,
# default all), SPEECH_KEEP=DIR to keep each screen's text and WAV there,
# COLUMNS (default 80: the width a terminal screen reader reads).
#
# Each journey is driven through pipes, as a screen reader's user drives the
# plain view: its choices are named by their English labels, resolved to the
# numbers the guide shows (the same numbers in every language, page.h), and
# typed. Each screen (what the guide writes between two prompts) is spoken
# to a WAV by espeak-ng at its default rate, as a screen reader left to read
# on would, and its length measured with soxi. The outcome is the first
# screen that shows a journey code; "deadline" is how far into it the
# family's first date is heard: the outcome's text up to the first mention
# of the year of the family's dates, spoken alone.
#
# Targets (issue 18): a journey at most 150 s, the first deadline at most
# 20 s into its outcome, Rutland's contacts at most 60 s. This is a
# benchmark, not a test: it reports and never fails on the figures.

set -u
LC_ALL=C.UTF-8
export LC_ALL

top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
build=${1:-.}
sendguide=${SENDGUIDE:-$build/sendguide}
langs=${SPEECH_LANGS:-en pl ro}
COLUMNS=${COLUMNS:-80}
export COLUMNS

for p in espeak-ng soxi; do
	if ! command -v "$p" >/dev/null 2>&1; then
		echo "listen.sh: $p is not installed (Debian: espeak-ng, sox)" >&2
		exit 2
	fi
done
if [ ! -x "$sendguide" ]; then
	echo "listen.sh: $sendguide is not built; run 'make' in the build tree" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sendguide-speech.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM HUP
keep=${SPEECH_KEEP:-}
[ -n "$keep" ] && mkdir -p "$keep"

# The journeys: a name, the date taken as today, the year of the family's
# dates ("-": none given), then one step a line: "pick REGEX" chooses the
# numbered line whose English label matches, "maybe REGEX" the same when
# the screen has such a line (a question the guide may stop asking), and
# "type TEXT" types TEXT (a date, a council, a command letter).
journeys() {
	cat <<'EOF'
journey refused-leicester 2027-04-25 2027 A council refused an assessment; dates; no mediation; Leicester
pick council decision on an assessment
pick Not to do an EHC needs assessment
maybe Work out my dates
type 10/03/2027
maybe I have a mediation certificate
type 20/04/2027
maybe appeal straight away|Appeal without mediation
type Leicester
journey rutland-contacts 2027-04-25 - Rutland's contacts, from the first screen
pick Find contacts for my council
type Rutland
journey plan-mediation-rutland 2027-04-25 2027 What the plan says (Section B); dates; try mediation; Rutland
pick What the EHC plan says
pick Section B or F
maybe Work out my dates
type 02/03/2027
maybe don't have one yet
maybe Yes, I want to try mediation|Try mediation
type Rutland
journey school-support-leicester 2027-04-25 - Support at school, no plan; Leicester
pick Support at nursery, school or college
pick What to do next
type Leicester
journey discrimination-leicester 2027-04-25 - Treated unfairly because of disability; Leicester
pick Unfair treatment because of disability
type Leicester
EOF
}

# The screens of a run's transcript, one file each (screen.1, screen.2, ...):
# the text between one prompt line ("> ...") and the next; the last
# ("Goodbye.", after the input ends) is not a screen of the journey.
split_screens() {
	awk -v dir="$2" '
		BEGIN { n = 1; f = dir "/screen.1" }
		/^> / { close(f); n++; f = dir "/screen." n; next }
		{ print > f }
		END { close(f); print n }' "$1"
}

# The number of the numbered line of the last screen in transcript $1
# whose label matches the extended regular expression $2 (case ignored).
resolve() {
	awk 'BEGIN { RS = "\n> " } { last = prev; prev = $0 } END { print last }' "$1" |
		grep -iE "^[0-9]+\. .*($2)" | head -1 | sed 's/\..*//'
}

run_guide() {  # $1 lang, $2 today, $3 input file, $4 output file
	"$sendguide" --plain --lang="$1" --today="$2" --content "$top/content" <"$3" >"$4" 2>"$tmp/err"
}

seconds() {  # speak file $1 in voice $2, print its length in seconds
	if [ ! -s "$1" ] || ! grep -q '[[:alnum:]]' "$1"; then
		echo 0
		return
	fi
	espeak-ng -v "$2" -w "$1.wav" -f "$1" 2>/dev/null || { echo "listen.sh: espeak-ng failed on $1" >&2; echo 0; return; }
	soxi -D "$1.wav"
}

add() { echo "$1 $2" | awk '{ printf "%.1f", $1 + $2 }'; }
verdict() { echo "$1 $2" | awk '{ print ($1 <= $2) ? "ok" : "OVER" }'; }

echo "sendguide speech benchmark, $(date +%Y-%m-%d), $(espeak-ng --version | sed -n '1s/^[^0-9]*\([0-9][0-9.]*\).*/espeak-ng \1/p'), default rate, ${COLUMNS} columns"
echo "targets: journey <= 150 s; first deadline <= 20 s into the outcome; Rutland's contacts <= 60 s"
echo

journeys >"$tmp/all"
names=${SPEECH_JOURNEYS:-$(awk '$1 == "journey" { print $2 }' "$tmp/all")}
status=0
for name in $names; do
	awk -v n="$name" '$1 == "journey" { on = ($2 == n) ; if (on) print > "/dev/stderr"; next } on' \
		"$tmp/all" >"$tmp/steps" 2>"$tmp/head"
	if [ ! -s "$tmp/head" ]; then
		echo "listen.sh: no journey named $name" >&2
		status=2
		continue
	fi
	read -r _ _ today year title <"$tmp/head"
	# Resolve the steps to keys in English, one step at a time.
	: >"$tmp/keys"
	ok=1
	while IFS= read -r step; do
		verb=${step%% *}
		arg=${step#* }
		case $verb in
		type) printf '%s\n' "$arg" >>"$tmp/keys" ;;
		pick|maybe)
			run_guide en "$today" "$tmp/keys" "$tmp/probe"
			n=$(resolve "$tmp/probe" "$arg")
			if [ -n "$n" ]; then
				echo "$n" >>"$tmp/keys"
			elif [ "$verb" = pick ]; then
				echo "listen.sh: $name: no choice matching '$arg' on:" >&2
				awk 'BEGIN { RS = "\n> " } { last = prev; prev = $0 } END { print last }' "$tmp/probe" >&2
				ok=0
				break
			fi ;;
		esac
	done <"$tmp/steps"
	if [ "$ok" = 0 ]; then
		status=1
		continue
	fi
	echo "== $name: $title"
	echo "   keys: $(tr '\n' ' ' <"$tmp/keys")(today $today)"
	for lang in $langs; do
		voice=$lang
		dir="$tmp/$name.$lang"
		rm -rf "$dir"
		mkdir -p "$dir"
		run_guide "$lang" "$today" "$tmp/keys" "$dir/transcript" ||
			echo "listen.sh: $name ($lang): exit status $?: $(cat "$tmp/err")" >&2
		count=$(split_screens "$dir/transcript" "$dir")
		total=0
		outcome=
		line="   $lang:"
		i=1
		while [ "$i" -lt "$count" ]; do
			s=$(seconds "$dir/screen.$i" "$voice")
			line="$line $(printf '%.1f' "$s")"
			total=$(add "$total" "$s")
			if [ -z "$outcome" ] && grep -Eq '[0-9A-Z]{4}-[0-9A-Z]{4}' "$dir/screen.$i"; then
				outcome=$i
				outcome_s=$s
			fi
			i=$((i + 1))
		done
		last=$((count - 1))
		last_s=$(seconds "$dir/screen.$last" "$voice")
		echo "$line"
		printf '      %d screens, journey %s s (%s)' "$last" "$total" "$(verdict "$total" 150)"
		if [ -n "$outcome" ]; then
			printf '; outcome (screen %d) %.1f s' "$outcome" "$outcome_s"
			if [ "$year" != - ] && grep -q "$year" "$dir/screen.$outcome"; then
				# The outcome up to and including the first mention of the year.
				awk -v y="$year" '!done { p = index($0, y); if (p) { print substr($0, 1, p + length(y) - 1); done = 1 } else print }' \
					"$dir/screen.$outcome" >"$dir/deadline"
				d=$(seconds "$dir/deadline" "$voice")
				printf '; first deadline %.1f s into it (%s)' "$d" "$(verdict "$d" 20)"
			fi
		fi
		case $name in
		rutland-contacts) printf "; Rutland's contacts %.1f s (%s)" "$last_s" "$(verdict "$last_s" 60)" ;;
		esac
		echo
		[ -n "$keep" ] && cp -r "$dir" "$keep/"
	done
	echo
done
exit "$status"
