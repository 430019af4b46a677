#!/bin/sh
# run.sh: every benchmark in one run, side by side: load against a bare parse, growth, search, start-up, memory.
#
# Usage: make bench              (from the build tree), or
#        sh bench/run.sh [BUILDDIR]
# Environment: BENCH_SECONDS (time per content folder for the load timing,
# default 2), BENCH_CALLGRIND=0 to skip the instruction counts, BENCH_CONTENT
# (default: the shipped content), BENCH_JOURNEY (the plain-mode keys for the
# memory figure: a few screens, back, a search, an area and Polish),
# BENCH_BYTES_RUNS (starts timed by bytes.sh, default 21).
#
# This is a small shared machine: wall-clock figures move by 10-30 % from run
# to run, so read the ratios (load against parse, 100x against 1x, and the
# instruction counts under callgrind), which hold steady.

set -u
LC_ALL=C.UTF-8
export LC_ALL

top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
build=${1:-.}
sendguide=${SENDGUIDE:-$build/sendguide}
loadbench=$build/bench/loadbench
synth=$build/bench/synthcontent
content=${BENCH_CONTENT:-$top/content}
seconds=${BENCH_SECONDS:-2}
journey=${BENCH_JOURNEY:-'1\n1\n1\nb\nf\nmediation\n1\n1\na\nRutland\nl\n2\n1\nq\n'}

for p in "$sendguide" "$loadbench" "$synth"; do
	if [ ! -x "$p" ]; then
		echo "run.sh: $p is not built; run 'make bench' in the build tree" >&2
		exit 2
	fi
done
build=$(cd "$build" && pwd)
content=$(cd "$content" && pwd) || exit 2
sendguide=$(cd "$(dirname "$sendguide")" && pwd)/$(basename "$sendguide")
loadbench=$(cd "$(dirname "$loadbench")" && pwd)/$(basename "$loadbench")
synth=$(cd "$(dirname "$synth")" && pwd)/$(basename "$synth")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sendguide-bench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM HUP

echo "sendguide benchmarks, $(date +%Y-%m-%d), $(nproc) CPUs, $(uname -m)"
echo

## Content: the shipped guide and synthetic copies at 10x and 100x.
mkdir "$tmp/1x" "$tmp/10x" "$tmp/100x"
cp "$content"/*.yaml "$tmp/1x/"
"$synth" "$tmp/1x" "$tmp/10x" 10 >/dev/null || exit 1
"$synth" "$tmp/1x" "$tmp/100x" 100 >/dev/null || exit 1
cd "$tmp" || exit 1
: >load.txt; : >ir.txt; : >startup.txt; : >mem.txt; : >bytes.txt; : >short.txt
echo "== Content, checked by sendguide --check"
for d in 1x 10x 100x; do
	printf '%-5s %s\n' "$d" "$("$sendguide" --check "$d" 2>&1 | tail -n 1)"
done
echo

## Load against the bare parse, and growth.
echo "== Load (guide_load + guide_free) against a bare libyaml event parse, $seconds s a folder"
"$loadbench" --seconds "$seconds" --trees \
	--search mediation --search "two months" --search tribunal \
	--search "decision letter" --search "disagreement resolution" --search zzzz \
	1x 10x 100x | tee load.txt
echo

## Instruction counts: one warm run of each, counted by callgrind.
cg=${BENCH_CALLGRIND:-1}
if [ "$cg" != 0 ] && command -v valgrind >/dev/null 2>&1; then
	echo "== Instructions (callgrind, one warm run; steady from run to run)"
	printf '%-6s %14s %14s %7s\n' content "parse Ir" "load Ir" ratio
	for d in 1x 10x 100x; do
		for m in parse load; do
			valgrind --tool=callgrind --callgrind-out-file="cg.$m.$d" \
				--toggle-collect="timed_$m" \
				"$loadbench" --"$m"-only --reps 1 "$d" >/dev/null 2>&1
		done
		awk -v d="$d" '
			FNR == 1 { n++ }
			/^totals:/ { ir[n] = $2 }
			END { printf "%-6s %14.0f %14.0f %7.2f\n", d, ir[1], ir[2], ir[1] ? ir[2] / ir[1] : 0 }
		' "cg.parse.$d" "cg.load.$d" | tee -a ir.txt
	done
	echo
else
	echo "== Instructions: skipped (no valgrind, or BENCH_CALLGRIND=0)"
	echo
fi

## Start-up: time to the first line in plain mode, and --check.
echo "== Start-up (whole program, median of many runs)"
for d in 1x 100x; do
	printf '%-5s plain, %s' "$d" "$("$loadbench" --exec 51 --first-line -- "$sendguide" --plain --content "$d" 2>&1)"
	echo
	printf '%-5s plain to EOF, %s' "$d" "$("$loadbench" --exec 51 -- "$sendguide" --plain --content "$d" 2>&1)"
	echo
	printf '%-5s --check, %s' "$d" "$("$loadbench" --exec 21 -- "$sendguide" --check "$d" 2>&1)"
	echo
done | tee startup.txt
# Polish: the content and interface catalogues are loaded too.
printf '%-5s plain --lang pl, %s\n' 1x "$("$loadbench" --exec 51 --first-line -- "$sendguide" --plain --lang pl --content 1x 2>&1)" | tee -a startup.txt
echo

## A short session from the YAML and from the guide image, beside dialog.
echo "== Short session: instructions, peak memory, PSS a session ($top/bench/startup.sh)"
sh "$top/bench/startup.sh" "$sendguide" 1x 10x 100x | tee short.txt
echo

## Peak memory (maximum resident set size) of a plain session on a fixed journey.
echo "== Peak memory"
if [ -x /usr/bin/time ]; then
	for d in 1x 100x; do
		# shellcheck disable=SC2059
		printf "$journey" | /usr/bin/time -f %M -o "mem.$d" \
			"$sendguide" --plain --content "$d" >"out.$d" 2>&1
		printf '%-28s %6d KiB  (%d lines of output)\n' "sendguide --plain, $d" \
			"$(tail -n 1 "mem.$d")" "$(wc -l <"out.$d")"
	done | tee mem.txt
	if command -v dialog >/dev/null 2>&1 && command -v script >/dev/null 2>&1; then
		# dialog needs a terminal: script gives it one; Enter picks the first item.
		(sleep 1; printf '\r') | TERM=xterm script -qec \
			"/usr/bin/time -f %M -o mem.dialog dialog --menu 'What is your disagreement about?' 20 70 10 1 one 2 two 3 three 4 four 5 five 6 six 7 seven 8 eight 9 nine 10 ten" \
			/dev/null >/dev/null 2>&1
		[ -s mem.dialog ] && printf '%-28s %6d KiB\n' "dialog --menu (10 items)" \
			"$(tail -n 1 mem.dialog)" | tee -a mem.txt
	fi
	if command -v lynx >/dev/null 2>&1 && command -v script >/dev/null 2>&1; then
		"$sendguide" --content 1x --export html >guide.html 2>/dev/null
		[ -s guide.html ] || printf '<html><body><p>%s</p></body></html>\n' \
			"The guide could not be exported; a one-line page instead." >guide.html
		(sleep 1; printf 'q'; sleep 0.3; printf 'y') | TERM=xterm script -qec \
			"/usr/bin/time -f %M -o mem.lynx lynx -nocolor guide.html" /dev/null >/dev/null 2>&1
		[ -s mem.lynx ] && printf '%-28s %6d KiB\n' "lynx on the html export" \
			"$(tail -n 1 mem.lynx)" | tee -a mem.txt
	fi
else
	echo "skipped: /usr/bin/time is missing (Debian package 'time')"
fi
echo

## Bytes on the wire: a script of its own, which drives the full-screen view
## through tests/ptyrun (a check program: make tests/ptyrun).
if [ -f "$top/bench/bytes.sh" ]; then
	echo "== Bytes on the wire (bench/bytes.sh)"
	if [ -x "$build/tests/ptyrun" ]; then
		(cd "$build" && BUILD=. SRC=$top CONTENT=$content sh "$top/bench/bytes.sh" "${BENCH_BYTES_RUNS:-21}") |
			tee bytes.txt
	else
		echo "skipped: tests/ptyrun is not built (make tests/ptyrun)"
	fi
	echo
fi

## The summary, against the targets in the design.
echo "== Summary"
awk '
	FILENAME == "load.txt" && $1 ~ /^[0-9]+x$/ && $2 == "kept" {
		line = $0; gsub(/[(),]/, " ", line); split(line, a)
		kept[$1] = a[6]; dropped[$1] = a[14]
	}
	FILENAME == "load.txt" && /page faults a run/ { sub(/,/, "", $6); pf[last] = $6 " / " $8 }
	FILENAME == "load.txt" && $1 ~ /^[0-9]+x$/ && $2 ~ /^[0-9]+$/ {
		last = $1
		bytes[$1] = $3; parse[$1] = $7; pmin[$1] = $8; load[$1] = $9; lmin[$1] = $10
		ratio[$1] = $11
	}
	FILENAME == "load.txt" && /^search on/ { insearch = 1; next }
	FILENAME == "load.txt" && insearch && $NF ~ /^[0-9.]+$/ && NF >= 5 {
		nq++; first += $(NF-2); med += $(NF-1)
		if ($(NF-2) > worst) worst = $(NF-2)
	}
	FILENAME == "ir.txt" { pir[$1] = $2; lir[$1] = $3; ir[$1] = $4 }
	FILENAME == "startup.txt" && /plain, first line/ { fl[$1] = $6 }
	FILENAME == "startup.txt" && /--check/ { ck[$1] = $5 }
	FILENAME == "mem.txt" && /sendguide --plain, 1x/ { m1 = $4 }
	FILENAME == "mem.txt" && /sendguide --plain, 100x/ { m100 = $4 }
	FILENAME == "mem.txt" && /dialog/ { md = $(NF-1) }
	FILENAME == "mem.txt" && /lynx/ { ml = $(NF-1) }
	FILENAME == "short.txt" && $1 ~ /^[0-9]+x$/ { k = $1 " " $3; sir[k] = $4; speak[k] = $5; spss[k] = $6 }
	FILENAME == "short.txt" && $2 == "dialog" { dir_ = $4 }
	FILENAME == "bytes.txt" && /^== / { section = $2 " " $3 }
	FILENAME == "bytes.txt" && section == "sendguide (TERM=xterm," && /^move-down/ && mv == "" { mv = $2 }
	FILENAME == "bytes.txt" && section == "sendguide (TERM=xterm," && /^screen-change/ {
		r = $(NF); sub(/x\)$/, "", r); if (r + 0 > sc + 0) sc = r
	}
	FILENAME == "bytes.txt" && section == "dialog --menu," && /^move-down/ && dmv == "" { dmv = $2 }
	FILENAME == "bytes.txt" && /^median .* ms, min/ { fs = $2 }
	function v(x) { return x == "" ? "-" : x }
	# Cost per byte at 10x and 100x against 1x: 1.00 is perfectly linear.
	function growth(t, d) {
		if (t["1x"] == "" || t[d] == "" || t["1x"] == 0 || bytes[d] == 0)
			return "-"
		return sprintf("%.2f", (t[d] / bytes[d]) / (t["1x"] / bytes["1x"]))
	}
	END {
		f = "%-36s %10s %10s %10s   %s\n"
		printf f, "measure", "1x", "10x", "100x", "target"
		printf f, "bare parse, ms (median)", v(parse["1x"]), v(parse["10x"]), v(parse["100x"]), ""
		printf f, "load, ms (median)", v(load["1x"]), v(load["10x"]), v(load["100x"]), ""
		printf f, "load / parse, time", v(ratio["1x"]), v(ratio["10x"]), v(ratio["100x"]), "<= 2"
		printf f, "load / parse, instructions", v(ir["1x"]), v(ir["10x"]), v(ir["100x"]), "<= 2"
		printf f, "content bytes", v(bytes["1x"]), v(bytes["10x"]), v(bytes["100x"]), ""
		printf f, "parse time a byte (min), x 1x", growth(pmin, "1x"), growth(pmin, "10x"), growth(pmin, "100x"), ""
		printf f, "load time a byte (min), x 1x", growth(lmin, "1x"), growth(lmin, "10x"), growth(lmin, "100x"), "linear (about 1)"
		printf f, "load instructions a byte, x 1x", growth(lir, "1x"), growth(lir, "10x"), growth(lir, "100x"), "linear (about 1)"
		printf f, "page faults a run, parse / load", v(pf["1x"]), v(pf["10x"]), v(pf["100x"]), ""
		printf f, "read trees, ms (min): all kept", v(kept["1x"]), v(kept["10x"]), v(kept["100x"]), ""
		printf f, "read trees, ms (min): each dropped", v(dropped["1x"]), v(dropped["10x"]), v(dropped["100x"]), ""
		if (nq > 0)
			printf f, "search, ms a query (mean of medians)", "", "", sprintf("%.3f", med / nq), "<= 10"
		if (nq > 0)
			printf f, "search, slowest cold query (+ index)", "", "", sprintf("%.3f", worst), "<= 10"
		printf f, "plain: first line, ms (median)", v(fl["1x"]), "", v(fl["100x"]), "<= 20"
		printf f, "--check, ms (median)", v(ck["1x"]), "", v(ck["100x"]), ""
		printf f, "curses: start to first screen, ms", v(fs), "", "", "<= 20"
		printf f, "curses: bytes to move the selection", v(mv), "", "", "<= 40 (dialog " v(dmv) ")"
		printf f, "curses: screen change / its text", v(sc), "", "", "<= 1.2"
		printf f, "short session, instructions, image", v(sir["1x image"]), v(sir["10x image"]), v(sir["100x image"]), "<= 1.5 x dialog (" v(dir_) ")"
		printf f, "short session, instructions, YAML", v(sir["1x yaml"]), v(sir["10x yaml"]), v(sir["100x yaml"]), ""
		printf f, "short session, peak KiB, image", v(speak["1x image"]), v(speak["10x image"]), v(speak["100x image"]), "<= 4096"
		printf f, "PSS a session, KiB, image", v(spss["1x image"]), v(spss["10x image"]), v(spss["100x image"]), "<= 1536"
		printf f, "PSS a session, KiB, YAML", v(spss["1x yaml"]), v(spss["10x yaml"]), v(spss["100x yaml"]), ""
		printf f, "peak memory, plain session, MiB", (m1 ? sprintf("%.2f", m1 / 1024) : "-"), "",
			(m100 ? sprintf("%.2f", m100 / 1024) : "-"), "<= 4 (dialog " (md ? sprintf("%.2f", md / 1024) : "-") ", lynx " (ml ? sprintf("%.2f", ml / 1024) : "-") ")"
	}
' load.txt ir.txt startup.txt mem.txt short.txt bytes.txt 2>/dev/null
