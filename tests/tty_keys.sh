#!/bin/sh
# tty_keys.sh: the keys of PuTTY, the Linux console, xterm, rxvt, screen, tmux and Windows Terminal, each with the TERM it sends, do their documented action or nothing: an unknown escape sequence is never read as its digits and letters.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

# Each line: TERM, what the key should do, its bytes in hex (what the
# terminal sends with the keypad in application mode, as the guide asks),
# and a name. What a key should do, on a long screen read from the top:
#   none  nothing at all     end   to the end     home  to the top
#   pgdn  a page down        pgup  a page up      down/up  a line
# The bytes come from each terminal's documentation and its terminfo entry:
# PuTTY's "ESC [n~" (default), SCO and "xterm R6" function keys; rxvt's
# Home and End (ESC [7~, ESC [8~); the Linux console's F1-F5 (ESC [[A-E).
TABLE='
xterm none 1b5b347e PuTTY-default-End-with-xterm-TERM-as-choice-4?
xterm none 1b5b31317e PuTTY-default-F1
xterm none 1b5b31357e PuTTY-default-F5
xterm none 1b5b327e PuTTY-default-Insert
xterm none 1b5b337e PuTTY-default-Delete
xterm none 1b5b32347e PuTTY-default-F12
xterm end 1b5b347e PuTTY-End-done-after-reset
xterm home 1b5b317e PuTTY-Home
xterm pgdn 1b5b367e PuTTY-PgDn
xterm pgup 1b5b357e PuTTY-PgUp
xterm down 1b4f42 PuTTY-Down
xterm up 1b4f41 PuTTY-Up
xterm none 1b5b4d PuTTY-SCO-F1
xterm none 1b5b4e PuTTY-SCO-F2
xterm none 1b5b51 PuTTY-SCO-F5
xterm none 1b5b58 PuTTY-SCO-F12
xterm none 1b5b4c PuTTY-SCO-Insert
xterm home 1b5b48 PuTTY-SCO-Home
xterm end 1b5b46 PuTTY-SCO-End
xterm none 1b4f50 PuTTY-R6-F1
xterm none 1b4f53 PuTTY-R6-F4
vt100 none 1b5b31357e PuTTY-vt100-TERM-F5
vt100 home 1b5b317e PuTTY-vt100-TERM-Home
vt100 none 1b5b337e PuTTY-vt100-TERM-Delete
vt100 end 1b5b347e PuTTY-vt100-TERM-End
vt100 down 1b4f42 PuTTY-vt100-TERM-Down
linux none 1b5b5b41 console-F1
linux none 1b5b5b45 console-F5
linux none 1b5b31377e console-F6
linux home 1b5b317e console-Home
linux end 1b5b347e console-End
linux none 1b5b337e console-Delete
linux down 1b5b42 console-Down
linux pgdn 1b5b367e console-PgDn
xterm none 1b4f50 xterm-F1
xterm none 1b5b31357e xterm-F5
xterm none 1b5b31353b327e xterm-Shift-F5
xterm none 1b5b313b3541 xterm-Ctrl-Up
xterm none 1b4f45 xterm-keypad-5
xterm home 1b4f48 xterm-Home
xterm end 1b4f46 xterm-End
xterm none 1b31 xterm-Alt-1
rxvt-unicode none 1b5b31317e rxvt-F1
rxvt-unicode home 1b5b377e rxvt-Home
rxvt-unicode end 1b5b387e rxvt-End
rxvt-unicode none 1b5b61 rxvt-Shift-Up
rxvt-unicode none 1b4f61 rxvt-Ctrl-Up
rxvt-unicode none 1b5b32337e rxvt-F11
screen none 1b4f50 screen-F1
screen home 1b5b317e screen-Home
screen end 1b5b347e screen-End
screen none 1b5b31357e screen-F5
tmux-256color none 1b5b31357e tmux-F5
tmux-256color home 1b5b317e tmux-Home
tmux-256color end 1b5b347e tmux-End
tmux-256color none 1b5b313b3243 tmux-Shift-Right
xterm-256color home 1b5b48 WindowsTerminal-Home
xterm-256color end 1b5b46 WindowsTerminal-End
xterm-256color none 1b4f50 WindowsTerminal-F1
xterm-256color none 1b5b31357e WindowsTerminal-F5
xterm-256color none 1b5b337e WindowsTerminal-Delete
xterm-256color none 1b5b313b3541 WindowsTerminal-Ctrl-Up
xterm-256color pgdn 1b5b367e WindowsTerminal-PgDn
xterm-256color down 1b5b42 WindowsTerminal-Down-normal-mode
'

hexkeys() { tm send-keys -H $(printf '%s' "$1" | sed 's/../& /g'); }

# until_screen CMP FILE: until the screen is (CMP=eq) or is not (ne) FILE.
until_screen() {
	i=0
	while [ $i -lt 60 ]; do
		tty_screen > "$WORK/now"
		if cmp -s "$WORK/now" "$2"; then [ "$1" = eq ] && return 0
		else [ "$1" = ne ] && return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# Page Up and Page Down are ESC [5~ and ESC [6~ in every terminal here:
# they move between the top and the rest whatever a terminal's Home is.
PGDN=1b5b367e PGUP=1b5b357e
current=
printf '%s\n' "$TABLE" | while read -r term expect hex name; do
	[ -n "$term" ] || continue
	if [ "$term" != "$current" ]; then
		current=$term
		tty_start 80 24 "$term" --node long
		tty_wait_line ' The long explanation of mediation'
		tty_screen > "$WORK/top"
		hexkeys "$PGDN"
		until_screen ne "$WORK/top" || fail "$term: Page Down did nothing"
		sleep 0.2
		tty_screen > "$WORK/paged"
		grep -q 'more above' "$WORK/paged" || fail "$term: no 'more above' after Page Down"
	fi
	# Back to the top of the same screen.
	hexkeys "$PGUP$PGUP$PGUP"
	until_screen eq "$WORK/top" || { cat "$WORK/now" >&2; fail "$term: could not get back to the top before $name"; }
	case $expect in
	none)
		# The key, then Page Down as a probe: the screen must be
		# exactly what Page Down alone gives. Had the key chosen,
		# scrolled or gone back, it would not be.
		hexkeys "$hex"
		hexkeys "$PGDN"
		until_screen ne "$WORK/top" || fail "$term $name: the probe did nothing"
		sleep 0.2
		tty_screen > "$WORK/now"
		cmp -s "$WORK/now" "$WORK/paged" || { cat "$WORK/now" >&2; fail "$term $name ($hex) did something"; } ;;
	end)
		hexkeys "$hex"
		tty_wait_line ' > 1. Continue' ;;
	home)
		hexkeys "$PGDN$PGDN$PGDN"
		tty_wait_line ' > 1. Continue'
		hexkeys "$hex"
		until_screen eq "$WORK/top" || { cat "$WORK/now" >&2; fail "$term $name ($hex) did not go to the top"; } ;;
	pgdn)
		hexkeys "$hex"
		until_screen eq "$WORK/paged" || { cat "$WORK/now" >&2; fail "$term $name ($hex) did not page down"; } ;;
	pgup)
		hexkeys "$PGDN"
		until_screen eq "$WORK/paged" || fail "$term: Page Down did nothing"
		hexkeys "$hex"
		until_screen eq "$WORK/top" || { cat "$WORK/now" >&2; fail "$term $name ($hex) did not page up"; } ;;
	down)
		hexkeys "$hex"
		until_screen ne "$WORK/top" || fail "$term $name ($hex) did nothing"
		tty_wait 'more above'
		tty_wait 'The long explanation of mediation'
		tty_absent 'Continue' ;;
	up)
		hexkeys "$PGDN"
		until_screen eq "$WORK/paged" || fail "$term: Page Down did nothing"
		hexkeys "$hex"
		until_screen ne "$WORK/paged" || fail "$term $name ($hex) did nothing"
		tty_wait 'The long explanation of mediation' ;;
	esac
done || exit $?

# Esc alone still closes an overlay at once (tty_escape.sh times it).
tty_start 80 24 xterm
tty_wait_line ' > 1. A decision the council made about a plan'
tty_keys /
tty_wait 'Search for:'
tty_keys Escape
tty_wait_line ' > 1. A decision the council made about a plan'
pass
