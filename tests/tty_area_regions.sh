#!/bin/sh
# tty_area_regions.sh: the area chooser on the shipped content at 80x24 and 40x12: the index of regions, a region opened by a tap on its heading (Cornwall in three taps, in English, Polish and Romanian), filtering by name and misspelling, a tap on a council, the confirmation, Rutland's caveat.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"
FIXTURE=$TOP_SRCDIR/content

# row_of PATTERN: the first screen row (1-based) matching the awk PATTERN.
row_of() { tty_screen | awk -v p="$1" 'NR > 3 && $0 ~ p { print NR; exit }'; }

# tap_and_wait X Y: tap, and wait for the screen to change.
tap_and_wait() {
	before=$(tty_screen)
	tty_tap "$1" "$2"
	i=0
	while [ $i -lt 60 ] && [ "$(tty_screen)" = "$before" ]; do sleep 0.05; i=$((i + 1)); done
	[ "$(tty_screen)" != "$before" ] || { tty_screen >&2; fail "$3: the tap at $1,$2 did nothing"; }
}

for lang in en pl ro; do
	for size in '80 24' '40 12'; do
		set -- $size
		cols=$1 rows=$2
		# South West's heading as the language names it (cut at 40 columns).
		case $lang in
		en) sw='South West' ;;
		pl) sw='Południowo-Zachodnia' ;;
		ro) sw='Sud-Vest' ;;
		esac
		tty_start "$cols" "$rows" xterm-256color --lang=$lang
		tty_wait ' 1. '
		tty_keys a
		# The index of regions: headings alone, the first selected, all closed
		# (read once the chooser is drawn: a slow build may still show the
		# screen before it).
		tty_wait ' > ▸ '
		tty_wait_line ' > ▸ '"$(tty_screen | sed -n 4p | sed 's/^ > ▸ //; s/ *$//')"
		tty_absent 'Cornwall'
		tty_absent '▾'
		# Taps alone from here: "more below" until South West's heading is
		# in view, the heading, then Cornwall.
		taps=0
		while [ -z "$(row_of "▸ .*$sw")" ]; do
			tap_and_wait $((cols - 3)) $((rows - 1)) "$size $lang: more below"
			taps=$((taps + 1))
			[ $taps -lt 5 ] || fail "$size $lang: South West never came into view"
		done
		tap_and_wait 8 "$(row_of "▸ .*$sw")" "$size $lang: South West"
		taps=$((taps + 1))
		# The region opens under its heading, at the top of the list.
		[ "$(row_of "▾ .*$sw")" = 4 ] || { tty_screen >&2; fail "$size $lang: South West did not open at the top"; }
		while [ -z "$(row_of '^ [ >] Cornwall')" ]; do
			tap_and_wait $((cols - 3)) $((rows - 1)) "$size $lang: more below"
			taps=$((taps + 1))
			[ $taps -lt 8 ] || fail "$size $lang: Cornwall never came into view"
		done
		tap_and_wait 6 "$(row_of '^ [ >] Cornwall')" "$size $lang: Cornwall"
		taps=$((taps + 1))
		tty_absent 'Type to narrow'
		echo "# $size $lang: Cornwall in $taps taps after opening the chooser"
		# Before the index, 9 taps at 80x24 and 25 at 40x12.
		max=2
		[ "$cols" = 80 ] || max=3
		[ $taps -le $max ] || fail "$size $lang: Cornwall took $taps taps (at most $max)"
		# The chooser opens again with Cornwall's region open, Cornwall selected.
		tty_keys a
		tty_wait_line ' > Cornwall'
		[ "$(row_of "▾ .*$sw")" != "" ] || fail "$size $lang: the area's region is not open"
		# A tap on an open heading closes it.
		tty_keys Up
		tap_and_wait 8 "$(row_of "▾ .*$sw")" "$size $lang: close South West"
		tty_absent 'Cornwall'
		tty_keys Escape
	done
done

for size in '80 24' '40 12'; do
	tty_start $size xterm-256color --lang=en
	tty_wait 'What is your disagreement about?'
	tty_keys a
	tty_wait 'Type to narrow:'
	tty_wait_line ' > ▸ North East'
	# Enter opens the region selected; Up goes back to its heading.
	tty_keys Enter
	tty_wait_line '   ▾ North East'
	tty_wait_line ' > County Durham'
	tty_keys Up
	tty_wait_line ' > ▾ North East'
	# Typing narrows it to the matches, under their region.
	tty_keys -l 'leic'
	tty_wait_line '   ▾ East Midlands'
	tty_wait_line ' > Leicester'
	tty_wait_line '   Leicestershire'
	tty_wait_line '   My council is not listed'
	tty_absent 'North East'
	# A tap on the heading clears what was typed and opens its region.
	tty_tap 8 4
	tty_wait_line ' Type to narrow:'
	tty_wait_line '   ▾ East Midlands'
	tty_wait_line ' > Derby'
	[ "$(row_of '▾ East Midlands')" = 4 ] || { tty_screen >&2; fail "$size: East Midlands did not open at the top"; }
	tty_wait '▲'
	# A misspelling finds the nearest name.
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
	tty_tap 6 5
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
