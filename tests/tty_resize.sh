# tty_resize.sh: resizing at any moment re-lays out the screen and keeps the place.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

tty_start 80 24 xterm-256color
tty_wait_line ' > 1. A decision the council made about a plan'
tty_keys 1 j
tty_wait_line ' > 2. No, I want to appeal'

tm resize-window -x 40 -y 12
tty_wait_line ' > 2. No, I want to appeal'
tty_wait_line ' … Do you want to try mediation?'
tty_wait_line ' ? help  Enter choose  b back  q quit'

tm resize-window -x 132 -y 43
tty_wait_line ' What is your disagreement about? › Do you want to try mediation?'
tty_wait_line ' > 2. No, I want to appeal'

# Too small, then back: the place is still there.
tm resize-window -x 15 -y 5
tty_wait 'small: need'
tm resize-window -x 80 -y 24
tty_wait_line ' > 2. No, I want to appeal'
tty_absent 'small: need'

# Scrolled text stays near where it was; an overlay survives a resize.
tty_keys b 2
tty_wait_line ' The long explanation of mediation'
tm resize-window -x 40 -y 12
tty_keys Space
tty_wait 'more above'
tm resize-window -x 60 -y 14
tty_wait 'more above'
tty_keys a
tty_wait 'Type to narrow:'
tm resize-window -x 30 -y 10
tty_wait 'Type to narrow:'
tty_wait_line ' > ▸ North Test Region'
tty_keys Escape
tty_wait '▲ more'
tty_wait 'more ▼'
pass
