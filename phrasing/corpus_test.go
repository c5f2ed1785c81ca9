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
// only LABELLING.md and the shapes real postmortems show; the rules score
// below 0.9 on it, so it holds them to the best figure a round has reached
// there (blockTwoFloor) and logs the gap to 0.9: a change that loses
// ground fails, and the gap stays visible until a rule change made without
// reading the block closes it. Block three (heldout-3.tsv), written the
// same way on 2026-11-21 before round eight's rule changes, is held to
// blockThreeFloor likewise. The misses are listed
// only when DEBRIEF_SHOW_HELDOUT=1, so that tuning the rules does not read
// them.
func TestHeldOut(t *testing.T) {
	one, names := readCorpus(t, "testdata/heldout.tsv")
	two, names2 := readCorpus(t, "testdata/heldout-2.tsv")
	three, names3 := readCorpus(t, "testdata/heldout-3.tsv")
	tuning, _ := readCorpus(t, "testdata/corpus.tsv")
	held := len(one) + len(two) + len(three)
	total := held + len(tuning)
	if total < 1000 || held*3 < total {
		t.Fatalf("%d labelled lines, %d held out: want at least 1,000, at least a third of them (%d) held out", total, held, (total+2)/3)
	}
	t.Logf("held out: %d of %d labelled lines (%.3f)", held, total, float64(held)/float64(total))
	show := os.Getenv("DEBRIEF_SHOW_HELDOUT") == "1"
	p, r := scoreLines(t, NewChecker(DefaultRules(), names), one, show)
	t.Logf("held-out block one: %d lines, precision %.3f, recall %.3f", len(one), p, r)
	if p < 0.9 || r < 0.9 {
		t.Errorf("held-out block one: precision %.3f, recall %.3f: both must be at least 0.9", p, r)
	}
	heldOutFloor(t, "two", "round-eight", names2, two, blockTwoFloor, show)
	heldOutFloor(t, "three", "round-eight", names3, three, blockThreeFloor, show)
}

// floor is the precision and recall a held-out block must keep.
type floor struct{ precision, recall float64 }

// heldOutFloor scores one held-out block, logs its gap to 0.9 and fails
// when it falls below the best figure a round of rules reached there.
func heldOutFloor(t *testing.T, block, round string, names []string, lines []labeled, f floor, show bool) {
	p, r := scoreLines(t, NewChecker(DefaultRules(), names), lines, show)
	t.Logf("held-out block %s: %d lines, precision %.3f, recall %.3f (target 0.9; floor %.3f / %.3f)",
		block, len(lines), p, r, f.precision, f.recall)
	if round3(p) < f.precision || round3(r) < f.recall {
		t.Errorf("held-out block %s: precision %.3f, recall %.3f: below the floor %.3f / %.3f the %s rules reached",
			block, p, r, f.precision, f.recall, round)
	}
}

// round3 rounds a score to the three places the floors are written in.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// blockTwoFloor is what the round-eight rules (2026-11-21) score on
// held-out block two; it was first measured at 0.868 / 0.541 (main before
// round six) and 0.921 / 0.637 (round six); round ten's graded-short
// rule raised recall to 0.671 and its root-cause grammar precision to
// 0.951. See TestHeldOut.
var blockTwoFloor = floor{0.951, 0.671}

// blockThreeFloor is what the round-eight rules (2026-11-21) score on
// held-out block three; it was first measured at 0.916 / 0.743 with round
// seven's rules, before round eight's changes; round ten's root-cause
// grammar raised it to 0.934 / 0.817. When LABELLING.md decided the
// writer's own slips, one B line there became N and the rules that read
// it so were made; that is 155 of 190 blameful lines and precision 0.945,
// and the floor is that. See TestHeldOut.
var blockThreeFloor = floor{0.945, 0.815}
