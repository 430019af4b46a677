#!/bin/sh
# tty_area_regions.sh: the area chooser on the shipped content at 80x24 and 40x12: region headings, filtering by name and misspelling, a tap on a council, the confirmation, Rutland's caveat.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
FIXTURE=$TOP_SRCDIR/content

for size in '80 24' '40 12'; do
	tty_start $size xterm-256color --lang=en
	tty_wait 'What is your disagreement about?'
	tty_keys a
	tty_wait 'Type to narrow:'
	# The list opens on the first region's heading and its first council.
	tty_wait_line ' North East'
	tty_wait_line ' > County Durham'
	# Typing narrows it to the matches, under their region.
	tty_keys -l 'leic'
	tty_wait_line ' East Midlands'
	tty_wait_line ' > Leicester'
	tty_wait_line '   Leicestershire'
	tty_wait_line '   My council is not listed'
	tty_absent 'North East'
	# A misspelling finds the nearest name.
	tty_keys BSpace BSpace BSpace BSpace
	tty_keys -l 'leicster'
	tty_wait_line ' > Leicester'
	# A name that matches nothing leaves the not-listed route.
	tty_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
	tty_keys -l 'xyzzy'
	tty_wait_line ' > My council is not listed'
	tty_keys BSpace BSpace BSpace BSpace BSpace
	tty_keys -l 'rutland'
	tty_wait_line ' > Rutland'
	# A tap on the council (row 5, 1-based: header, rule, entry, heading).
	tty_keys -l "$(printf '\033[<0;6;5M')"
	tty_keys -l "$(printf '\033[<0;6;5m')"
	tty_wait 'Your area is now Rutland.'
	tty_keys 8
	tty_wait 'Contacts for your area'
	# Rutland's caveat is on the brief card, in its short form, before
	# the numbers (whole under "All contact details").
	n=0
	until tty_screen | grep -F -q 'Mediation via Global'; do
		[ $n -lt 40 ] || { tty_screen >&2; fail "$size: Rutland's caveat never shown"; }
		tty_keys Space
		sleep 0.1
		n=$((n + 1))
	done
done
pass
