#!/bin/sh
# tty_key_lines.sh: a line that names a key is a button for it: help's lines ("a: choose your area" opens the area chooser), the search and code prompts ("then press Enter"), "No screens match. Press / to search again", the quit question's y and n, and "press q to quit" on the too-small screen.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

row_of() { tty_screen | awk -v t="$1" 'index($0, t) { print NR; exit }'; }
tap_line() {
	y=$(row_of "$1")
	[ -n "$y" ] || { tty_screen >&2; fail "no line '$1' to tap"; }
	tty_tap 4 "$y"
}

for lang in en pl; do
	case $lang in
	en) area='a: choose your area' search='/: search every screen' start='s: start again' ;;
	pl) area='a: wybór obszaru' search='/: szukanie' start='s: od nowa' ;;
	esac
	# Help's "a: ..." line opens the area chooser.
	tty_start 80 24 xterm --lang=$lang
	tty_wait ' 1. '
	tty_keys '?'
	tty_wait "$area"
	tap_line "$area"
	tty_wait_line ' > ▸ North Test Region'
	tty_keys Escape
	tty_wait ' 1. '
	# "s: ..." starts again, one screen in.
	tty_keys 1
	tty_wait ' › '
	tty_keys '?'
	tty_wait "$start"
	tap_line "$start"
	tty_wait ' 3. '
	tty_absent ' › '
	# "/: ..." opens search.
	tty_keys '?'
	tty_wait "$search"
	tap_line "$search"
	tty_wait ':'
	tty_absent "$search"
done

# The search prompt names Enter: a tap on it searches.
tty_start 80 24 xterm --lang=en
tty_wait ' 1. '
tty_keys /
tty_wait 'Type words to find, then press Enter.'
tty_keys -l 'mediation'
tap_line 'Type words to find'
tty_wait_line ' Search: mediation'
# No match: the line names /, and a tap on it asks again.
tty_keys /
tty_wait 'Type words to find'
tty_keys -l 'xyzzyq'
tty_keys Enter
tty_wait 'No screens match.'
tap_line 'No screens match.'
tty_wait 'Type words to find, then press Enter.'
tty_keys Escape
tty_wait ' 1. '

# The code prompt names Enter: a tap on it opens the code typed (a wrong
# one says so).
tty_keys c
tty_wait 'then press Enter.'
tty_keys -l 'K7QW3MXA'
tap_line 'then press Enter.'
tty_wait 'That code'

# The quit question names y and n: they follow it as buttons.
tty_start 80 24 xterm --lang=en
tty_wait ' 1. '
tty_keys q
tty_wait 'Press y to quit, n to stay.   y   n'
x=$(tty_screen | tail -n 1 | awk '{ print index($0, "   n") + 3 }')
tty_tap "$x" 24
tty_wait ' ? help'
tty_keys q
tty_wait 'Press y to quit, n to stay.   y   n'
x=$(tty_screen | tail -n 1 | awk '{ print index($0, "   y   n") + 3 }')
tty_tap "$x" 24
[ "$(tty_exit_status)" = 0 ] || fail "a tap on y did not quit"

# Too small: the message names q, and a tap on it quits.
tty_start 19 6 xterm --lang=en
tty_wait 'q to'
tty_tap 5 3
[ "$(tty_exit_status)" = 0 ] || fail "a tap on the too-small message did not quit"
pass
