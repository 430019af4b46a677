# tty_sizes.sh: the guide at 40x12 and 132x43, and the "too small" screen below 20x6.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

# 40x12: labels wrap under themselves, the key line shortens, more is said.
tty_start 40 12 xterm-256color --node long
tty_wait_line ' The long explanation of mediation'
tty_wait 'PgDn/space: more below'
tty_wait_line ' ? help  Enter choose  q quit  / search'
tty_keys Space
tty_wait_line 'q ▲ more above qqqqqqqqqq more below ▼ q'
tty_page_to ' > 1. Continue'
tty_wait 'PgUp: more above'
tty_keys Enter
tty_wait_line ' Do you want to try mediation?'
tty_wait_line ' > 1. Yes, I want to try mediation'
tty_wait '… Do you want to try mediation?'
tty_start 40 12 xterm-256color
tty_wait_line ' > 1. A decision the council made about'
tty_wait_line '      a plan'

# 132x43: everything on one screen, no "more".
tty_start 132 43 xterm-256color --node long
tty_wait_line ' Paragraph nine: this is the last paragraph of the long explanation.'
tty_wait_line ' > 1. Continue'
tty_absent 'more below'
tty_wait_line ' ? help  Enter choose  q quit  / search  a area  l language  c code'

# Below 20x6 only the message, which names the minimum; q still quits.
tty_start 19 6 xterm-256color
tty_wait 'small: need'
tty_wait '20x6'
tty_absent 'A decision'
tty_keys q
[ "$(tty_exit_status)" = 0 ] || fail "q on the too-small screen should quit"

# Exactly 20x6 is usable.
tty_start 20 6 xterm-256color --node decision
tty_wait_line ' Do you want to try'
tty_wait_line ' ? help  q quit'
tty_page_to ' > 1. Yes, I want'
pass
