# tty_terms.sh: the terminals advisers use, monochrome, NO_COLOR, and a C locale.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

for term in xterm xterm-256color vt100 linux screen; do
	tty_start 80 24 "$term"
	tty_wait_line ' > 1. A decision the council made about a plan'
	tty_keys Down
	tty_wait_line ' > 2. Read the long explanation'
	tty_keys Enter
	tty_wait_line ' The long explanation of mediation'
	tty_page_to ' > 1. Continue'
	tty_wait ' Paragraph eight: Médiation is the French word; the café is closed on'
	tty_keys b
	tty_wait_line ' > 2. Read the long explanation'
done

# NO_COLOR and monochrome: the marker and "Important:" are words, not colour.
tty_start 80 24 xterm-256color
tty_keys q y
tty_exit_status >/dev/null
NO_COLOR=1
export NO_COLOR
tty_start 80 24 xterm-256color --node decision
tty_wait_line ' Important:'
tty_wait_line ' > 1. Yes, I want to try mediation'
unset NO_COLOR

# A C locale: accented text is transliterated or replaced, never sent raw.
LC_ALL=C
export LC_ALL
tty_start 80 24 xterm --node long
tty_page_to ' > 1. Continue'
tty_wait 'diation is the French word; the caf'
if tty_screen | grep -q 'é'; then
	fail "UTF-8 text was sent to a terminal in a C locale"
fi
tty_wait_line ' ? help  Enter choose  q quit  / search  a area  l language  c code'
pass
