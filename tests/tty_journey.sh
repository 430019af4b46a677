# tty_journey.sh: a journey to an outcome in a real terminal: choose, move, area, back, start again, quit.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

tty_start 80 24 xterm-256color
tty_wait_line ' > 1. A decision the council made about a plan'
tty_compare "$FIXTURE/start-80x24.txt"

# A digit chooses directly; the important block is marked in words.
tty_keys 1
tty_wait 'Do you want to try mediation?'
tty_wait_line ' Important:'
tty_wait_line ' What is your disagreement about? › Do you want to try mediation?'
# At 80 columns "l language" stays: "Enter choose" gives way (the marker and
# numbers say how to choose).
tty_wait_line ' ? help  b back  s start again  q quit  / search  a area  l language'

# j moves the marker; Enter chooses what it marks.
tty_keys j
tty_wait_line ' > 2. No, I want to appeal'
tty_wait_line '   1. Yes, I want to try mediation'
tty_keys Enter
tty_wait 'Get a certificate, then appeal'
tty_wait 'Choose your area (local authority) to see whom to contact.'
tty_wait_line ' > 1. Choose your area'
tty_wait_line '   2. Finished: start again'

# The area chooser narrows as letters are typed.
tty_keys Enter
tty_wait 'Type to narrow:'
# It opens on the index of regions; Enter opens the one selected.
tty_wait_line ' > ▸ North Test Region'
tty_wait_line '   ▸ South Test Region'
tty_absent 'Ashfield'
tty_keys Enter
tty_wait_line '   ▾ North Test Region'
tty_wait_line ' > Ashfield'
tty_keys a s h
tty_wait_line ' Type to narrow: ash'
tty_wait_line '   Ashford Vale'
tty_absent 'Barnby'
tty_keys f o r
tty_wait_line ' > Ashford Vale'
tty_absent 'Ashfield'
tty_keys Enter
tty_wait_line ' Contacts for Ashford Vale'
tty_wait_line ' Example Mediation Service'
# A brief list first: what it does here and one number; the rest one
# choice away.
tty_wait_line '   Mediation advice, Mediation'
tty_wait_line '   Phone: 01632 960000'
# "All contact details" comes last, so the numbers heard before the area
# was chosen still hold.
tty_wait_line '   3. All contact details'
tty_absent 'E-mail: mediation@example.org'
tty_keys 3
tty_wait_line '   Services: Mediation advice, Mediation'
tty_wait_line '   Phone: 01632 960000 (Freephone.)'
tty_wait_line '   E-mail: mediation@example.org'
tty_wait_line '   Hours: Monday to Friday, 9:00am to 5:00pm'
tty_wait_line '   Source: Terminal test source; read 1 November 2026, the page gives no date'
tty_wait_line ' > 1. Choose a different area'

# Back lands on the choice that led here; start again forgets the way.
tty_keys b
tty_wait_line ' > 2. No, I want to appeal'
tty_keys s
tty_wait_line ' > 1. A decision the council made about a plan'
tty_wait_line ' ? help  Enter choose  q quit  / search  a area  l language  c code'

# Left and Right work as back and choose.
tty_keys Down Right
tty_wait 'The long explanation of mediation'
tty_keys Left
tty_wait_line ' > 2. Read the long explanation'

# Back also lands on a choice made by its number, not where the marker was.
tty_keys k
tty_wait_line ' > 1. A decision the council made about a plan'
tty_keys 2
tty_wait 'The long explanation of mediation'
tty_keys b
tty_wait_line ' > 2. Read the long explanation'

# Quit asks first; n stays, y leaves.
tty_keys q
tty_wait 'Quit the guide? Press y to quit, n to stay.'
tty_keys n
tty_wait_line ' ? help  Enter choose  q quit  / search  a area  l language  c code'
tty_keys q
tty_wait 'Quit the guide?'
tty_keys y
[ "$(tty_exit_status)" = 0 ] || fail "quit should end with status 0"
pass
