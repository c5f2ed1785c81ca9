package phrasing

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"
)

// labeled is one line of a labeled corpus.
type labeled struct {
	line     int
	blameful bool
	category string
	text     string
}

// readCorpus reads a labeled TSV file; a "# names:" comment gives the roster.
func readCorpus(t testing.TB, path string) ([]labeled, []string) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labeled
	var names []string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "# names:"); ok {
			names = strings.Split(strings.TrimSpace(rest), ",")
			continue
		}
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.SplitN(line, "\t", 3)
		if len(cols) != 3 || cols[0] != "B" && cols[0] != "N" {
			t.Fatalf("%s:%d: want LABEL<tab>CATEGORY<tab>SENTENCE", path, n)
		}
		out = append(out, labeled{n, cols[0] == "B", cols[1], cols[2]})
	}
	return out, names
}

// score returns line-level precision and recall, logging every miss.
func score(t *testing.T, c *Checker, lines []labeled) (precision, recall float64) {
	return scoreLines(t, c, lines, true)
}

// scoreLines is score, logging the misses only when show is true.
func scoreLines(t *testing.T, c *Checker, lines []labeled, show bool) (precision, recall float64) {
	var tp, fp, fn int
	for _, l := range lines {
		fs := c.Check(l.text)
		switch {
		case l.blameful && len(fs) > 0:
			tp++
		case l.blameful:
			fn++
			if show {
				t.Logf("line %d missed (%s): %s", l.line, l.category, l.text)
			}
		case len(fs) > 0:
			fp++
			if show {
				t.Logf("line %d false alarm (%s): %s -> %s", l.line, l.category, l.text, describe(fs))
			}
		}
	}
	return float64(tp) / float64(max(tp+fp, 1)), float64(tp) / float64(max(tp+fn, 1))
}

// TestCorpus holds the checker to 0.9 precision and recall on the
// project's own labeled corpus, and checks the corpus stays balanced.
func TestCorpus(t *testing.T) {
	lines, names := readCorpus(t, "testdata/corpus.tsv")
	pos, cats := 0, map[string]bool{}
	for _, l := range lines {
		if l.blameful {
			pos++
			cats[l.category] = true
		}
	}
	if len(lines) < 300 || pos > len(lines)-pos {
		t.Fatalf("corpus has %d lines, %d blameful: want >= 300 lines and no more blameful than not", len(lines), pos)
	}
	for _, c := range Categories {
		if !cats[c] {
			t.Errorf("corpus has no blameful example of category %s", c)
		}
	}
	p, r := score(t, NewChecker(DefaultRules(), names), lines)
	t.Logf("corpus: %d lines, precision %.3f, recall %.3f", len(lines), p, r)
	if p < 0.9 || r < 0.9 {
		t.Errorf("precision %.3f, recall %.3f: both must be at least 0.9", p, r)
	}
}

// TestHeldOut holds the checker to the held-out third of the corpus: notes
// written before the rules they measure, which the rules are never tuned
// on. Block one (heldout.tsv) must score at least 0.9 precision and recall.
// Block two (heldout-2.tsv) was written on 2026-11-21 by someone who read
// only LABELLING.md and the shapes real postmortems show; the round-six
// rules score below 0.9 on it, so it holds them to the figure they reached
// when it was first measured (blockTwoFloor) and logs the gap to 0.9: a
// change that loses ground there fails, and the gap stays visible until a
// rule change made without reading it closes it. The misses are listed
// only when DEBRIEF_SHOW_HELDOUT=1, so that tuning the rules does not read
// them.
func TestHeldOut(t *testing.T) {
	one, names := readCorpus(t, "testdata/heldout.tsv")
	two, names2 := readCorpus(t, "testdata/heldout-2.tsv")
	tuning, _ := readCorpus(t, "testdata/corpus.tsv")
	held := len(one) + len(two)
	total := held + len(tuning)
	if total < 1000 || held*3 < total {
		t.Fatalf("%d labelled lines, %d held out: want at least 1,000, at least a third of them (%d) held out", total, held, (total+2)/3)
	}
	show := os.Getenv("DEBRIEF_SHOW_HELDOUT") == "1"
	p, r := scoreLines(t, NewChecker(DefaultRules(), names), one, show)
	t.Logf("held-out block one: %d lines, precision %.3f, recall %.3f", len(one), p, r)
	if p < 0.9 || r < 0.9 {
		t.Errorf("held-out block one: precision %.3f, recall %.3f: both must be at least 0.9", p, r)
	}
	p2, r2 := scoreLines(t, NewChecker(DefaultRules(), names2), two, show)
	t.Logf("held-out block two: %d lines, precision %.3f, recall %.3f (target 0.9; floor %.3f / %.3f)",
		len(two), p2, r2, blockTwoFloor.precision, blockTwoFloor.recall)
	if round3(p2) < blockTwoFloor.precision || round3(r2) < blockTwoFloor.recall {
		t.Errorf("held-out block two: precision %.3f, recall %.3f: below the floor %.3f / %.3f the round-six rules reached",
			p2, r2, blockTwoFloor.precision, blockTwoFloor.recall)
	}
}

// round3 rounds a score to the three places the floors are written in.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// blockTwoFloor is what the round-six rules scored on held-out block two
// when it was first measured; see TestHeldOut.
var blockTwoFloor = struct{ precision, recall float64 }{0.885, 0.630}
