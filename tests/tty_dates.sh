#!/bin/sh
# tty_dates.sh: at 80x24, a date typed into the date field, an impossible one refused, "Your answers" changes one, and a journey code reopens the outcome and says which date it read.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/ttylib.sh"

FIXTURE=$TOP_SRCDIR/content
tty_start 80 24 xterm --lang=en --today 2026-11-29 --node date-decision-letter
# The date question opens its field, showing the form expected.
tty_wait_line " What date is on the council's decision letter?"
tty_wait ' Date (DD/MM/YYYY):'
tty_keys -l '31/02/2026'
tty_keys Enter
tty_wait 'There is no such date. Check the day and the month: the day comes first.'
tty_wait ' Date (DD/MM/YYYY): 31/02/2026'
for i in 1 2 3 4 5 6 7 8 9 10; do tty_keys BSpace; done
tty_keys -l '23 Nov 2026'
tty_keys Enter
# The certificate question: Tab skips it ("I don't have one yet").
tty_wait_line " What date is on your mediation certificate?"
tty_wait "Tab: I don't have one yet"
tty_keys Tab
tty_wait_line ' Contact the mediation adviser'
# The summary opens with the family's own date; 3 ("Why, and the rules")
# opens the rules and how each date was worked out, further down.
tty_wait_line ' Contact the mediation adviser named in your letter by Saturday 23 January'
tty_wait '3. Why, and the rules'
tty_keys 3
tty_page_to ' Your appeal must reach the Tribunal by Monday 25 January 2027.'
tty_page_to ' Check these dates against your own letters.'
tty_wait ' Journey code: '
code=$(tty_screen | sed -n 's/^ Journey code: \([0-9A-Z-]*\).*/\1/p' | head -n 1)
[ -n "$code" ] || { tty_screen >&2; fail "no journey code on the outcome"; }

# Your answers: the date among them; choosing it asks again, and the
# journey returns to the outcome with the other answers kept.
tty_keys y
tty_wait_line ' Your answers'
tty_wait "1. What date is on the council's decision letter?: Monday 23 November 2026"
tty_wait "2. What date is on your mediation certificate?: I don't have one yet"
tty_keys 1
tty_wait_line " What date is on the council's decision letter?"
tty_keys -l '1 October 2026'
tty_keys Enter
tty_wait_line ' Contact the mediation adviser'
tty_wait_line ' Contact the mediation adviser named in your letter by Tuesday 1 December 2026.'
tty_keys 3
tty_page_to ' Your appeal must reach the Tribunal by Tuesday 1 December 2026.'

# The first code reopens the first outcome with its date; a mistyped one
# says so and asks again.
tty_keys c
tty_wait ' Code:'
tty_keys -l 'K7QW3MXA'
tty_keys Enter
tty_wait 'That code'
tty_wait ' Code: K7QW3MXA'
for i in 1 2 3 4 5 6 7 8; do tty_keys BSpace; done
tty_keys -l "$code"
tty_keys Enter
tty_wait_line ' Contact the mediation adviser'
# The page says which date the code gave, before the deadline.
tty_page_to ' Decision letter dated Monday 23 November 2026; no certificate date given.'
tty_screen | awk '/Decision letter dated/ { d = NR } /Your appeal must reach/ && !a { a = NR }
	END { exit !(d && (!a || d < a)) }' || { tty_screen >&2; fail "the dates read come after the deadline"; }
tty_keys 3
tty_page_to ' Your appeal must reach the Tribunal by Monday 25 January 2027.'
tty_keys q
tty_wait 'Quit'
tty_keys y
tty_exit_status 0

# At 40x12 in Polish: the field, the error and the skip come before the
# text, and a tap on the key line's "Tab" skips (SGR mouse reports).
tty_start 40 12 xterm --lang=pl --today 2026-11-29 --node date-decision-letter
tty_wait ' Data (DD.MM.RRRR):'
tty_keys -l '31 lutego 2026'
tty_keys Enter
tty_wait 'Nie ma takiej daty.'
tty_wait ' Data (DD.MM.RRRR): 31 lutego 2026'
tty_keys -l "$(printf '\033[<0;12;12M\033[<0;12;12m')"
# Skipping the letter's date skips the certificate's: the outcome, which
# offers to work the dates out later.
tty_page_to '   3. Oblicz moje terminy'
pass
