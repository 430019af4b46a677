#!/bin/sh
# export_graph.sh: --graph is Graphviz dot that dot accepts, with a node per screen and an edge per choice.
. "$TOP_SRCDIR/tests/lib.sh"
command -v dot >/dev/null 2>&1 || skip "graphviz (dot) is not installed"
for dir in "$TOP_SRCDIR/tests/fixtures/mini" "$TOP_SRCDIR/content"; do
	"$SENDGUIDE" --lang=en --graph --content "$dir" >"$WORK/g.dot" 2>"$WORK/err" \
		|| fail "$dir: exit status $?: $(cat "$WORK/err")"
	dot -Tsvg "$WORK/g.dot" >"$WORK/g.svg" 2>"$WORK/dot.err" || fail "$dir: dot refused it: $(head -3 "$WORK/dot.err")"
	[ -s "$WORK/dot.err" ] && fail "$dir: dot warned: $(head -3 "$WORK/dot.err")"
	grep -q '<svg' "$WORK/g.svg" || fail "$dir: no SVG"
done
g="$WORK/mini.dot"
"$SENDGUIDE" --lang=en --graph --content "$TOP_SRCDIR/tests/fixtures/mini" >"$g"
[ "$(grep -c ' \[label=.*shape=' "$g")" -eq 8 ] || fail "not one node per screen"
[ "$(grep -c ' -> ' "$g")" -eq 12 ] || fail "not one edge per choice: $(grep -c ' -> ' "$g")"
grep -q '^	"start" \[label="What is your disagreement\\nabout?", shape=diamond, style=bold\];' "$g" \
	|| fail "start node: $(grep '"start" \[' "$g")"
grep -q '"outcome-mediation" \[.*shape=octagon, peripheries=2' "$g" || fail "outcome shape"
grep -q '"contacts" \[.*shape=folder' "$g" || fail "contacts shape"
grep -q '"med-what" -> "decision" \[label="Continue"\]' "$g" || fail "next link edge"
# Quotes in labels are escaped (the information screen's text is not a label,
# so check a title with a quote through a tiny guide of our own).
mkdir -p "$WORK/q"
sed 's/title: What mediation is/title: What "mediation" \\ is/' \
	"$TOP_SRCDIR/tests/fixtures/mini/10-screens.yaml" >"$WORK/q/10-screens.yaml"
cp "$TOP_SRCDIR/tests/fixtures/mini/00-settings.yaml" "$TOP_SRCDIR/tests/fixtures/mini/20-places.yaml" "$WORK/q/"
grep -q 'What "mediation" \\ is' "$WORK/q/10-screens.yaml" || fail "test set-up: sed did nothing"
"$SENDGUIDE" --lang=en --graph --content "$WORK/q" >"$WORK/q.dot" || fail "quoted title: exit status $?"
grep -q 'label="What \\"mediation\\" \\\\ is"' "$WORK/q.dot" || fail "quotes or backslash not escaped: $(grep med-what "$WORK/q.dot" | head -1)"
dot -Tsvg "$WORK/q.dot" >/dev/null 2>&1 || fail "dot refused escaped labels"
pass
