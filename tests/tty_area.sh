# tty_area.sh: areas without providers lead to national advice, areas outside England to their screen; the filter ignores case.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

tty_start 80 24 xterm-256color --node outcome-mediation --area bramley
tty_wait_line ' Your area: Bramley, South Test Region'
tty_wait 'We have no local contacts for this area yet'
tty_wait_line ' > 1. National advice: Help for any council in England'
tty_wait_line '   2. Choose a different area'
tty_keys Enter
tty_wait_line ' Help for any council in England'
tty_keys b
tty_wait_line ' > 1. National advice: Help for any council in England'

# Letters in any case narrow the list; Backspace on an empty filter and
# Esc both leave it without changing the area.
tty_keys a
tty_wait 'Type to narrow:'
tty_keys -l 'BARN'
tty_wait_line ' > Barnby'
tty_wait_line '   ▾ North Test Region'
tty_absent 'Bramley'
# With nothing typed, the index of regions, the area's own region open.
tty_keys BSpace BSpace BSpace BSpace
tty_wait_line '   ▸ North Test Region'
tty_wait_line '   ▾ South Test Region'
tty_wait 'Bramley'
tty_keys BSpace
tty_wait_line ' Your area: Bramley, South Test Region'
tty_keys a
tty_wait 'Type to narrow:'
tty_keys Escape
tty_wait_line ' Your area: Bramley, South Test Region'

# Wales: the guide offers the screen that says where to go.
tty_keys a
tty_wait 'Type to narrow:'
tty_keys -l 'wal'
tty_wait_line ' > Wales'
tty_keys Enter
tty_wait_line ' Your area: Wales'
tty_wait_line ' > 1. If you live in Wales'
tty_keys 1
tty_wait_line ' If you live in Wales'
tty_wait_line '   This test guide covers England only.'
pass
