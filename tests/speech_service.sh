#!/bin/sh
# speech_service.sh: a private speech-dispatcher (espeak-ng, audio to libao's null driver) hears the full-screen view; a key cancels what it says; the voice follows the language; a service that dies or stops answering leaves the guide going, silent, said once.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
command -v speech-dispatcher >/dev/null 2>&1 || skip "speech-dispatcher is not installed"
MODULES=
for d in /usr/lib/speech-dispatcher-modules /usr/lib/*/speech-dispatcher-modules /usr/libexec/speech-dispatcher-modules; do
	[ -x "$d/sd_espeak-ng" ] && MODULES=$d
done
[ -n "$MODULES" ] || skip "speech-dispatcher's espeak-ng module is not installed"
FIXTURE=$TOP_SRCDIR/content

SD=$WORK/sd
SD_PID=
# The service and its module stop on every way out, the tmux server too.
stop_sd() {
	if [ -n "$SD_PID" ]; then
		kill -CONT "$SD_PID" 2>/dev/null
		kill "$SD_PID" 2>/dev/null
		i=0
		while kill -0 "$SD_PID" 2>/dev/null && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
		kill -KILL "$SD_PID" 2>/dev/null
		wait "$SD_PID" 2>/dev/null
	fi
	SD_PID=
	# A module whose server was killed ends when its pipe closes; make sure.
	pkill -KILL -f "$SD/conf" 2>/dev/null
	return 0
}
trap 'stop_sd; tmux -L "$TTY_SOCKET" kill-server >/dev/null 2>&1; rm -rf "$WORK"' EXIT
trap 'exit 1' HUP INT TERM

# start_sd: a speech-dispatcher of this test's own: its config, socket
# and logs in $SD; no sound card needed (libao's null driver, chosen by
# ~/.libao in its own HOME).
start_sd() {
	stop_sd
	rm -rf "$SD"
	mkdir -p "$SD/conf/modules" "$SD/log" "$SD/home" "$SD/run"
	printf 'default_driver=null\n' >"$SD/home/.libao"
	cat >"$SD/conf/speechd.conf" <<-EOC
	Timeout 0
	LogLevel 5
	AudioOutputMethod "libao"
	AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
	DefaultModule espeak-ng
	DefaultLanguage "en"
	EOC
	: >"$SD/conf/modules/espeak-ng.conf"
	HOME=$SD/home XDG_RUNTIME_DIR=$SD/run speech-dispatcher -s -t 0 -C "$SD/conf" -m "$MODULES" \
		-L "$SD/log" -P "$SD/pid" -S "$SD/sock" -c unix_socket -l 5 >"$SD/out" 2>&1 &
	SD_PID=$!
	i=0
	until [ -S "$SD/sock" ] && grep -q 'waiting for clients' "$SD/log/speech-dispatcher.log" 2>/dev/null; do
		i=$((i + 1))
		kill -0 "$SD_PID" 2>/dev/null || { cat "$SD/out" >&2; skip "speech-dispatcher does not start here"; }
		[ $i -lt 300 ] || fail "speech-dispatcher did not start in 15 seconds"
		sleep 0.05
	done
	SPEECHD_ADDRESS=unix_socket:$SD/sock
	export SPEECHD_ADDRESS
}
SDLOG() { cat "$SD/log/speech-dispatcher.log"; }
# until_sd CMD...: until CMD (reading the service's log) succeeds, 10 s at most.
until_sd() {
	i=0
	until SDLOG | "$@"; do
		i=$((i + 1))
		[ $i -lt 200 ] || return 1
		sleep 0.05
	done
}
count() { SDLOG | grep -c -F -- "$1"; }

"$SENDGUIDE" --plain --lang=en --content "$FIXTURE" </dev/null >"$WORK/plain" 2>/dev/null
title=$(head -n 1 "$WORK/plain")
label2=$(grep -m 1 '^2\. ' "$WORK/plain" | sed 's/^2\. //')

start_sd
tty_start 80 24 xterm --lang=en --speak --speak-log="$WORK/log"
tty_wait "$label2"
# The first screen reaches the service as SSML, and it starts speaking.
until_sd grep -q -F "Queueing message |<speak>$title" || fail "the first screen did not reach speech-dispatcher"
SDLOG | grep -q -F 'SSML_MODE on' || fail "the guide did not ask for SSML"
until_sd grep -q 'Sending .* samples to audio\|Got audio' || fail "espeak-ng made no audio"
# A key stops it at once: the client cancels and the module is stopped.
cancels=$(count 'CANCEL SELF')
stops=$(count 'Module stop!')
tty_keys Down
until_sd sh -c "[ \$(grep -c -F 'CANCEL SELF') -gt $cancels ]" || fail "a key did not cancel the speech"
until_sd sh -c "[ \$(grep -c -F 'Module stop!') -gt $stops ]" || fail "the module was not stopped by the cancel"
until_sd grep -q -F "Queueing message |<speak>2: $label2" || fail "the selected choice was not said after the cancel"
# Polish: the voice's language follows.
tty_keys l
tty_wait 'Polski'
tty_keys Down Enter
until_sd grep -q -F 'SET SELF LANGUAGE pl' || fail "the voice did not switch to Polish"

# The service dies mid-session: the guide goes on, silent, and says so
# once (after the screen is given back, on a terminal).
kill -KILL "$SD_PID"
wait "$SD_PID" 2>/dev/null
SD_PID=
tty_keys Down
tty_keys Down
tty_keys 2
sleep 0.5
tty_keys Down Up
tty_keys q
tty_wait 'q'
tty_keys y
i=0
while [ ! -f "$WORK/status" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
[ -f "$WORK/status" ] || fail "the guide did not end after the service died"
[ "$(cat "$WORK/status")" = 0 ] || fail "exit status $(cat "$WORK/status") after the service died"
# The guide speaks Polish by now: the report is the one line of its own.
[ "$(tm capture-pane -p -J | grep -c '^sendguide: ')" -eq 1 ] \
	|| { tty_screen >&2; fail "the dead service is not reported exactly once"; }
grep -q -F '<speak>2: ' "$WORK/log" || fail "the speech log stopped with the service"

# A service that stops answering (stopped, not dead) never holds the guide up.
start_sd
tty_start 80 24 xterm --lang=en --speak
tty_wait "$label2"
until_sd grep -q -F "Queueing message |<speak>$title" || fail "the first screen did not reach the second service"
printf '2\n' | "$SENDGUIDE" --plain --lang=en --content "$FIXTURE" 2>/dev/null >"$WORK/second"
second=$(awk '/^> 2$/ { getline; while ($0 == "") getline; print; exit }' "$WORK/second")
[ -n "$second" ] || fail "no second screen to compare"
kill -STOP "$SD_PID"
tty_keys 2
tty_wait "$second"
tty_keys Down Down r b
tty_wait "$(grep -m 1 '^9\. ' "$WORK/plain" | sed 's/^9\. //')"
tty_keys q y
i=0
while [ ! -f "$WORK/status" ] && [ $i -lt 60 ]; do sleep 0.05; i=$((i + 1)); done
[ -f "$WORK/status" ] || fail "the guide did not end within 3 seconds with the service stopped"
[ "$(cat "$WORK/status")" = 0 ] || fail "exit status $(cat "$WORK/status") with the service stopped"
# The guide speaks Polish by now: the report is the one line of its own.
[ "$(tm capture-pane -p -J | grep -c '^sendguide: ')" -eq 1 ] \
	|| { tty_screen >&2; fail "the stopped service is not reported exactly once"; }
stop_sd
pass
