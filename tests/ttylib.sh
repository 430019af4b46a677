# ttylib.sh: drive the full-screen view in a private tmux server (sourced after lib.sh).
command -v tmux >/dev/null 2>&1 || skip "tmux is not installed"

FIXTURE=$TOP_SRCDIR/tests/fixtures/tty
TTY_RUN=0
TTY_SOCKET=sendguide-$$-$TTY_RUN

# Every server this test starts is listed in $WORK/tmux-servers, so the
# cleanup finds them all, even one started in a subshell (a "| while"
# loop), whose TTY_SOCKET the test's own shell never sees. On any exit,
# and on HUP, INT and TERM, each pane's processes (the shell, the guide,
# even one that ignores SIGHUP) are killed by their pids, then the server.
tty_stop_server() {  # $1: a server's socket name
	for pid in $(tmux -L "$1" list-panes -a -F '#{pane_pid}' 2>/dev/null); do
		for child in $(pgrep -P "$pid" 2>/dev/null); do
			kill -KILL "$child" 2>/dev/null
		done
		kill -KILL "$pid" 2>/dev/null
	done
	tmux -L "$1" kill-server >/dev/null 2>&1
}
tty_cleanup() {
	if [ -f "$WORK/tmux-servers" ]; then
		while read -r sock; do
			tty_stop_server "$sock"
		done <"$WORK/tmux-servers"
	fi
	rm -rf "$WORK"
}
trap tty_cleanup EXIT
trap 'exit 1' HUP INT TERM

tm() { tmux -u -L "$TTY_SOCKET" -f /dev/null "$@"; }

# tty_start COLS ROWS TERM [ARG]...: run the guide on the test content in a
# fresh window; its exit status lands in $WORK/status. The pane stays open
# after the program ends so what it left behind can be read.
tty_start() {
	cols=$1 rows=$2 term=$3
	shift 3
	rm -f "$WORK/status"
	{
		printf 'TERM=%s; export TERM\n' "$term"
		# On the Linux console ncurses loads gpm, whose leak's frames only
		# the slow unwinder walks far enough for tests/lsan.supp to match;
		# it is too slow for the whole suite, so only here.
		if [ "$term" = linux ] && [ -n "${ASAN_OPTIONS:-}" ]; then
			printf 'ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"; export ASAN_OPTIONS\n'
		fi
		printf '"$SENDGUIDE" --content "$FIXTURE"'
		for a in "$@"; do printf ' %s' "'$a'"; done
		printf '\necho $? > "$WORK/status"\nexec sleep 600\n'
	} > "$WORK/run.sh"
	# A new server for each run: a server still shutting down would
	# refuse the next session. The last run's guide is killed by its pid
	# first: a guide left to the server's hangup runs its exit (under
	# LeakSanitizer, a leak scan) after the test has moved on.
	tty_stop_server "$TTY_SOCKET"
	TTY_RUN=$((TTY_RUN + 1))
	# $$ is the test's, even in a subshell: the run number and a random
	# part keep a subshell's servers apart from the main shell's.
	TTY_SOCKET=sendguide-$$-$TTY_RUN-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
	printf '%s\n' "$TTY_SOCKET" >>"$WORK/tmux-servers"
	SENDGUIDE=$SENDGUIDE FIXTURE=$FIXTURE WORK=$WORK \
		tm new-session -d -x "$cols" -y "$rows" "sh '$WORK/run.sh'" ||
		fail "tmux could not start a session"
	tm set-option -g window-size manual >/dev/null 2>&1
}

tty_screen() { tm capture-pane -p; }

# tty_tap X Y: a finger's press and release at column X, row Y (1-based),
# as xterm's SGR mouse reports.
tty_tap() {
	tm send-keys -H $(printf '\033[<0;%s;%sM' "$1" "$2" | od -An -tx1)
	sleep 0.05
	tm send-keys -H $(printf '\033[<0;%s;%sm' "$1" "$2" | od -An -tx1)
}

tty_keys() { tm send-keys "$@"; }

# tty_wait TEXT: until a line on screen contains TEXT (5 seconds at most).
tty_wait() {
	i=0
	while [ $i -lt 100 ]; do
		if tty_screen | grep -F -q -- "$1"; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	tty_screen >&2
	fail "timed out waiting for '$1'"
}

# tty_wait_line LINE: until a whole line on screen (trailing blanks removed) is LINE.
tty_wait_line() {
	i=0
	while [ $i -lt 100 ]; do
		if tty_screen | sed 's/ *$//' | grep -x -F -q -- "$1"; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	tty_screen >&2
	fail "timed out waiting for the line '$1'"
}

# tty_page_to LINE: press space (next page) until LINE is on screen, waiting
# for each page to be drawn before looking again.
tty_page_to() {
	n=0
	while [ $n -lt 30 ]; do
		before=$(tty_screen)
		if printf '%s\n' "$before" | sed 's/ *$//' | grep -x -F -q -- "$1"; then
			return 0
		fi
		tty_keys Space
		i=0
		while [ $i -lt 40 ] && [ "$(tty_screen)" = "$before" ]; do
			sleep 0.05
			i=$((i + 1))
		done
		n=$((n + 1))
	done
	tty_wait_line "$1"
}

# tty_absent TEXT: TEXT is not on the screen (check after a tty_wait).
tty_absent() {
	if tty_screen | grep -F -q -- "$1"; then
		tty_screen >&2
		fail "'$1' should not be on the screen"
	fi
}

# tty_exit_status: wait for the program to end (5 seconds at most) and print its status.
tty_exit_status() {
	i=0
	while [ ! -s "$WORK/status" ] && [ $i -lt 100 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ -s "$WORK/status" ] || fail "the guide did not end"
	cat "$WORK/status"
}

# tty_compare FILE: the screen is exactly the expected file (rules drawn with
# line characters are read back as they are stored, so expected files hold
# whatever tmux gives for them).
tty_compare() {
	tty_screen | sed 's/ *$//' > "$WORK/screen.txt"
	if ! diff -u "$1" "$WORK/screen.txt" >&2; then
		fail "screen differs from $(basename "$1")"
	fi
}

# tty_check_page COLS ROWS: the screen now on show, saved in $WORK/page.
# tmux's own width of each line (copy mode, end of line) must equal the
# width of its text (wc -L), so nothing on screen is out of step with where
# curses put it; text lines end before the last column, and the rules (rows
# 2 and ROWS-1, read back as "q" or a line character) span the width exactly.
tty_check_page() {
	cols=$1 rows=$2
	tty_screen > "$WORK/page"
	[ "$(wc -l < "$WORK/page")" -eq "$rows" ] || fail "capture is not $rows lines"
	tm copy-mode
	tm send-keys -X top-line
	n=0
	while IFS= read -r line; do
		n=$((n + 1))
		tm send-keys -X end-of-line
		cells=$(tm display -p '#{copy_cursor_x}')
		w=$(printf '%s' "$line" | wc -L)
		if [ "$cells" != "$w" ]; then
			cat "$WORK/page" >&2
			tm send-keys -X cancel
			fail "${cols}x$rows line $n: tmux has $cells columns, its text measures $w: '$line'"
		fi
		if [ $n -eq 2 ] || [ $n -eq $((rows - 1)) ]; then
			[ "$w" -eq "$cols" ] || fail "${cols}x$rows line $n: a rule of $w columns"
		elif [ "$w" -gt $((cols - 1)) ]; then
			cat "$WORK/page" >&2
			fail "${cols}x$rows line $n is $w columns: '$line'"
		fi
		tm send-keys -X cursor-down
	done < "$WORK/page"
	tm send-keys -X cancel
}

# tty_unfold: where a question's text is folded behind "Read more (r)",
# unfold it (r) and go back to the top (Home), so the whole text can be read.
tty_unfold() {
	if tty_screen | grep -F -q 'Read more (r)'; then
		tty_keys r
		i=0
		while [ $i -lt 100 ] && tty_screen | grep -F -q 'Read more (r)'; do
			sleep 0.05
			i=$((i + 1))
		done
		before=$(tty_screen)
		tty_keys Home
		i=0
		while [ $i -lt 20 ] && [ "$(tty_screen)" = "$before" ]; do
			sleep 0.05
			i=$((i + 1))
		done
	fi
}

# tty_read_doc COLS ROWS: check every page of the screen on show, paging on
# with space, and join their bodies (rows 3 to ROWS-2, marker blanked) into
# $WORK/doc; page K is kept as $WORK/page.K. A test may set TTY_PAGE_CHECK
# to a function of its own, run on each page after tty_check_page.
tty_read_doc() {
	cols=$1 rows=$2
	: > "$WORK/doc"
	tty_unfold
	pages=0
	while :; do
		tty_check_page "$cols" "$rows"
		[ -z "${TTY_PAGE_CHECK:-}" ] || "$TTY_PAGE_CHECK" "$cols" "$rows"
		cp "$WORK/page" "$WORK/page.$pages"
		sed -n "3,$((rows - 2))p" "$WORK/page" | sed 's/^ >/  /; s/ *$//' > "$WORK/body"
		# Pages overlap by at least a line: append only what is new.
		awk 'NR == FNR { d[++nd] = $0; next } { p[++np] = $0 }
		     END {
			for (k = (np < nd ? np : nd); k > 0; k--) {
				ok = 1
				for (i = 1; i <= k; i++) if (d[nd - k + i] != p[i]) { ok = 0; break }
				if (ok) break
			}
			for (i = 1; i <= nd; i++) print d[i]
			for (i = k + 1; i <= np; i++) print p[i]
		     }' "$WORK/doc" "$WORK/body" > "$WORK/doc.new"
		mv "$WORK/doc.new" "$WORK/doc"
		pages=$((pages + 1))
		[ $pages -lt 30 ] || fail "more than 30 pages"
		before=$(tty_screen)
		tty_keys Space
		i=0
		while [ $i -lt 20 ] && [ "$(tty_screen)" = "$before" ]; do
			sleep 0.05
			i=$((i + 1))
		done
		[ "$(tty_screen)" = "$before" ] && break
	done
}

# tty_choose N: type the number N to choose it. On a screen of ten or more
# choices a first digit that may begin a two-digit number waits on the key
# line ("1_") for a second digit or Enter: then Enter confirms it. Returns
# once the screen has changed or Enter was sent.
tty_choose() {
	before=$(tty_screen | head -n 1)
	tty_keys "$1"
	i=0
	while [ $i -lt 100 ]; do
		if tty_screen | tail -n 1 | grep -q "^ $1_ "; then
			tty_keys Enter
			return 0
		fi
		[ "$(tty_screen | head -n 1)" != "$before" ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
}
