#!/bin/sh
# speech_log.sh: --speak-log from the plain view (input from a file, not a terminal): each screen said title, summary and numbered choices first, then the rest, in English, Polish and Romanian; SSML escaped; phone numbers digit by digit; a missing speech service reported once; "speak = yes" in the kiosk file; the kiosk's speech unit.
. "$TOP_SRCDIR/tests/lib.sh"
COLUMNS=72
export COLUMNS
# No speech service: a socket that is not there (and no autospawn).
SPEECHD_ADDRESS=unix_socket:$WORK/no-such-socket
export SPEECHD_ADDRESS

# run INPUT [OPTION]...: the plain view reading INPUT (printf %b escapes) from a file.
run() {
	input=$1
	shift
	rm -f "$WORK/log"
	printf '%b' "$input" >"$WORK/in"
	"$SENDGUIDE" --plain --content "$TOP_SRCDIR/content" --speak-log="$WORK/log" "$@" \
		<"$WORK/in" >"$WORK/out" 2>"$WORK/err" || fail "exit status $? for $*: $(cat "$WORK/err")"
	[ -s "$WORK/log" ] || fail "nothing in the speech log for $*"
}

# Every line a whole SSML document, with nothing unescaped in its text.
well_formed() {
	grep -v -x '<speak>.*</speak>' "$WORK/log" && fail "a log line is not one <speak> document"
	sed -e 's#</\{0,1\}speak>##g' -e 's#<break strength="[a-z]*"/>##g' \
		-e 's#</\{0,1\}say-as[^>]*>##g' -e 's#&amp;##g' -e 's#&lt;##g' -e 's#&gt;##g' "$WORK/log" \
		| grep '[<>&]' && fail "markup or an unescaped &, < or > left in the text"
	return 0
}

# A journey in each language: the first screen, choice 2, then choice 1.
for lang in en pl ro; do
	run '2\n1\n' --lang=$lang
	well_formed
	# A translation not yet reviewed says so first, on screen and aloud.
	skip=0
	[ $lang = en ] || skip=1
	title=$(awk -v skip=$skip 'skip && $0 == "" { skip = 0; next } !skip && NF { print; exit }' "$WORK/out")
	first=$(sed -n "$((skip + 1))p" "$WORK/log")
	case $first in
	"<speak>$title"*) ;;
	*) fail "$lang: the first utterance does not begin with the title '$title': $first" ;;
	esac
	# The choices, numbered as on the screen, in the first utterance.
	n=$(grep -c '^[0-9][0-9]*\. ' "$WORK/out" | head -n 1)
	label1=$(grep -m 1 '^1\. ' "$WORK/out" | sed 's/^1\. //')
	printf '%s\n' "$first" | grep -q -F "> 1: $label1" || fail "$lang: choice 1 ('$label1') is not said with its number"
	last=$(awk '/^> / { exit } /^[0-9]+\. / { n = $1 } END { sub(/\./, "", n); print n }' "$WORK/out")
	[ "${last:-0}" -ge 2 ] || fail "$lang: no numbered choices on the first screen"
	printf '%s\n' "$first" | grep -q " $last: " || fail "$lang: not every choice of the first screen is said (the last is $last)"
	# The summary comes before the choices.
	summary=$(grep -A 2 -x -F "$title" "$WORK/out" | sed -n 3p)
	printf '%s\n' "$first" | sed 's/ 1: .*//' | grep -q -F "$summary" || fail "$lang: the summary '$summary' is not said before the choices"
	# The second screen's title, after choice 2.
	second=$(awk '/^> 2$/ { getline; while ($0 == "") getline; print; exit }' "$WORK/out")
	[ -n "$second" ] || fail "$lang: no second screen in the transcript"
	grep -q -F "<speak>$second" "$WORK/log" || fail "$lang: the second screen ('$second') is not said"
	# Prompts are said.
	prompt=$(grep -m 1 -o "Choose 1 to $last\\|Wybierz od 1 do $last\\|Alegeți de la 1 la $last" "$WORK/out")
	[ -n "$prompt" ] || fail "$lang: no first prompt in the transcript"
	grep -q -F "$prompt" "$WORK/log" || fail "$lang: the first prompt is not said"
	[ $n -gt 0 ] || fail "$lang: no choices in the transcript"
	[ -s "$WORK/err" ] && fail "$lang: --speak-log alone wrote to stderr: $(cat "$WORK/err")"
	printf '%s\n' "$lang: $(wc -l < "$WORK/log") utterances"
done

# An error is said, then the prompt again.
run '99\n' --lang=en
grep -q -F '<speak>Type a number from 1 to 9, or h for help.' "$WORK/log" || fail "an error is not said"

# Contacts: phone numbers digit by digit in their groups, web addresses as
# written, dates in words; and the rest of the screen after the choices.
# The brief list first, then every detail (5: All contact details).
run '5\nq\n' --lang=en --area=rutland --node=find-contacts
well_formed
grep -q -F 'Phone: <say-as interpret-as="telephone">0 8 0 0</say-as><break strength="weak"/><say-as interpret-as="telephone">0 6 4</say-as><break strength="weak"/><say-as interpret-as="telephone">4 4 8 8</say-as>' "$WORK/log" \
	|| fail "a phone number is not said digit by digit in groups"
grep -q 'Phone: [0-9]' "$WORK/log" && fail "a phone number is said as a number"
grep -q -F 'Web: www.globalmediation.co.uk/send-mediation' "$WORK/log" \
	|| fail "a web address is not said as written"
head -n 1 "$WORK/log" | grep -q 'Phone' && fail "contacts are said before the choices"
[ "$(grep -c '^<speak>' "$WORK/log")" -ge 2 ] || fail "the rest of the contacts screen is not said"

# The dates the family gave, in words.
run '23/11/2026\nskip\n' --lang=en --today=2026-11-29 --node=date-decision-letter --area=rutland
well_formed
grep -q -F 'Contact the mediation adviser named in your letter by Saturday 23 January 2027.' "$WORK/log" \
	|| fail "a worked-out date is not said in words"
grep -E '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}' "$WORK/log" && fail "a date is said in figures"

# --speak with no service: the guide goes on, says so once, still logs.
run '2\nb\n' --lang=en --speak
[ "$(grep -c 'speech is not available' "$WORK/err")" -eq 1 ] \
	|| fail "a missing speech service is not reported exactly once: $(cat "$WORK/err")"
grep -q 'What is your disagreement about?' "$WORK/out" || fail "the guide did not go on without speech"

# "speak = yes" in the kiosk's file turns speech on.
printf 'speak = yes\n' > "$WORK/kiosk.conf"
chmod 600 "$WORK/kiosk.conf"
run '2\n' --lang=en --config="$WORK/kiosk.conf"
grep -q 'speech is not available' "$WORK/err" || fail "speak = yes did not turn speech on"

# A log that cannot be written is a usage error, said at once.
printf '' | "$SENDGUIDE" --plain --content "$TOP_SRCDIR/content" --speak-log="$WORK/no/such/dir/log" \
	>/dev/null 2>"$WORK/err"
[ $? -eq 2 ] || fail "an unwritable speech log is not a usage error"
grep -q 'speech log' "$WORK/err" || fail "no message for an unwritable speech log"

# The kiosk's speech service unit, as shipped, is one systemd accepts.
if command -v systemd-analyze >/dev/null 2>&1 && command -v speech-dispatcher >/dev/null 2>&1; then
	sed "s|^ExecStart=/usr/bin/speech-dispatcher|ExecStart=$(command -v speech-dispatcher)|" \
		"$TOP_SRCDIR/contrib/sendguide-speech.service" >"$WORK/sendguide-speech.service"
	(cd "$WORK" && systemd-analyze verify --man=no ./sendguide-speech.service) >"$WORK/verify" 2>&1 ||
		fail "systemd-analyze verify: $(cat "$WORK/verify")"
	[ -s "$WORK/verify" ] && fail "systemd-analyze verify: $(cat "$WORK/verify")"
fi
pass
