# tty_search.sh: / searches every screen, accents and case ignored; Enter jumps, Esc and q cancel.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

tty_start 80 24 xterm
tty_wait_line ' > 1. A decision the council made about a plan'

tty_keys /
tty_wait 'Search for:'
tty_keys -l 'TRIBUNAL'
tty_wait_line ' Search for: TRIBUNAL'
tty_keys Enter
tty_wait_line ' > 1. The long explanation of mediation'
tty_keys Enter
tty_wait_line ' What is your disagreement about? › The long explanation of mediation'
tty_wait_line ' The long explanation of mediation'

# Accents are ignored: "mediation" finds "Médiation" too; Esc leaves the
# entry and q the results, each back to the screen as it was.
tty_keys /
tty_wait 'Search for:'
tty_keys -l 'cafe'
tty_keys Escape
tty_wait_line ' The long explanation of mediation'
tty_keys /
tty_wait 'Search for:'
tty_keys -l 'cafe'
tty_keys Enter
tty_wait_line ' Search: cafe'
tty_wait_line ' > 1. The long explanation of mediation'
tty_keys q
tty_wait_line ' The long explanation of mediation'
tty_absent 'Search: cafe'

# Nothing found says so, and / tries again.
tty_keys /
tty_wait 'Search for:'
tty_keys -l 'zzzzqq'
tty_keys Enter
tty_wait 'No screens match.'
tty_keys /
tty_wait 'Search for:'
tty_keys -l 'appeal'
tty_keys Enter
tty_wait_line ' > 1. Get a certificate, then appeal'
tty_keys 1
tty_wait_line ' Get a certificate, then appeal'
# Back returns to where the search started.
tty_keys b
tty_wait_line ' The long explanation of mediation'
pass
