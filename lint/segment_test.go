package lint

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/bench/docgen"
	"github.com/debrief-dev/debrief/phrasing"
)

// TestPositionsAgreeWithSource: however a document is cut into segments
// (blank lines, overlong paragraphs, one huge line, CRLF line ends), every
// finding's line, columns, offset and match are those of the original.
func TestPositionsAgreeWithSource(t *testing.T) {
	longLine := strings.Repeat("café then Bob should have rolled back and the queue grew ", 3000)
	docs := map[string]string{
		"postmortems": docgen.Generate(300 << 10),
		"notes":       docgen.Notes(300 << 10),
		"one line":    "Intro.\n\n" + longLine + "\nMary didn't order the VMs.\n",
		"crlf":        strings.ReplaceAll(docgen.Notes(100<<10), "\n", "\r\n"),
	}
	for name, doc := range docs {
		fs := Check(newTestChecker(), doc)
		if len(fs) < 50 {
			t.Fatalf("%s: only %d findings", name, len(fs))
		}
		for _, f := range fs {
			before := doc[:f.Offset]
			line := strings.Count(before, "\n") + 1
			col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
			match := doc[f.Offset : f.Offset+f.Length]
			if f.Line != line || f.Column != col || f.Match != match ||
				f.EndColumn != col+utf8.RuneCountInString(match) {
				t.Fatalf("%s: finding %+v; the source says line %d, column %d, match %q", name, f, line, col, match)
			}
		}
	}
}

// TestStateAcrossSegments: a switch, a code block or a comment opened in
// one segment still holds in the next.
func TestStateAcrossSegments(t *testing.T) {
	blame := strings.Repeat("Bob should have rolled back.\n\n", 8000) // 240 KB
	huge := strings.Repeat("Bob should have rolled back ", 8000)      // one line
	for name, doc := range map[string]string{
		"switch":          "<!-- debrief-disable -->\n" + blame + "<!-- debrief-enable -->\n",
		"fence":           "```\n" + blame + "```\n",
		"fence, one line": "```\n" + huge + "\n```\n",
		"comment":         "<!--\n" + blame + "-->\n",
		"indented code":   "Text.\n\n    " + huge + "\n",
	} {
		doc += "\nMary didn't order the VMs.\n"
		fs := Check(newTestChecker(), doc)
		if len(fs) != 1 || fs[0].Line != bytes.Count([]byte(doc), []byte("\n")) {
			t.Errorf("%s: want only the last line's finding, got %d findings (first %+v)", name, len(fs), fs[:min(len(fs), 1)])
		}
	}
}

// TestGeneratedMBMatchesWhole: the dense 1 MB notes file and the 1 MB
// postmortem that bench/compare.sh lints give, read in segments through
// reused buffers, exactly the findings of one check of the whole masked
// text, every field alike.
func TestGeneratedMBMatchesWhole(t *testing.T) {
	c := phrasing.NewChecker(phrasing.DefaultRules(), docgen.Names)
	for name, doc := range map[string]string{"notes": docgen.Notes(1 << 20), "postmortem": docgen.Generate(1 << 20)} {
		whole, parts := c.Check(Mask(doc)), Check(c, doc)
		if len(whole) < 500 || len(whole) != len(parts) {
			t.Fatalf("%s: whole %d findings, segments %d", name, len(whole), len(parts))
		}
		for i := range whole {
			if whole[i] != parts[i] {
				t.Fatalf("%s: finding %d differs:\n%+v\n%+v", name, i, whole[i], parts[i])
			}
		}
	}
}

// TestHeadingAcrossSegments: a heading is context for every line below
// it, wherever the segment boundary falls: after a pause in a pipe (a
// short read cuts at the last blank line), past a long section, and for
// headings of every shape. The text under another heading still flags.
func TestHeadingAcrossSegments(t *testing.T) {
	c := newTestChecker()
	filler := strings.Repeat("The cache served stale pages for an hour that morning.\n\n", 800) // 45 KB
	lucky := "Nobody noticed the stale cache for a week.\n"
	for name, head := range map[string]string{
		"atx":       "## Where we got lucky\n\n",
		"bold":      "**Where we got lucky**\n\n",
		"setext":    "Where we got lucky\n------------------\n\n",
		"titlecase": "Where We Got Lucky\n\n",
	} {
		for how, r := range map[string]func(string) io.Reader{
			"pipe": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
			"file": func(s string) io.Reader { return strings.NewReader(s) },
		} {
			for _, doc := range []string{head + lucky, head + filler + lucky} {
				if n := countFindings(t, c, r(doc)); n != 0 {
					t.Errorf("%s, %s, %d bytes: %d findings under the heading, want 0", name, how, len(doc), n)
				}
			}
			other := head + filler + "## What went wrong\n\n" + filler + lucky
			if n := countFindings(t, c, r(other)); n != 1 {
				t.Errorf("%s, %s: %d findings under another heading, want 1", name, how, n)
			}
		}
	}
}

func countFindings(t *testing.T, c *phrasing.Checker, r io.Reader) int {
	t.Helper()
	n := 0
	if err := New(c).Lint("doc.md", r, func(Result) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestSectionChainAcrossSegments: a subsection stays in its section across
// segments: "- Improve documentation" under "## 1.4.2" / "### Fixed" is a
// change made however far below the release's heading it sits, and under
// the "## Action items" that follows it is asked for again.
func TestSectionChainAcrossSegments(t *testing.T) {
	c := newTestChecker()
	filler := strings.Repeat("The parser handles tabs in lists now.\n\n", 1200) // 46 KB
	item := "- Improve documentation\n"
	for how, r := range map[string]func(string) io.Reader{
		"pipe": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
		"file": func(s string) io.Reader { return strings.NewReader(s) },
	} {
		doc := "# Parser\n\n## 1.4.2\n\n### Fixed\n\n" + filler + item
		if n := countFindings(t, c, r(doc)); n != 0 {
			t.Errorf("%s: %d findings under the release, want 0", how, n)
		}
		if n := countFindings(t, c, r(doc+"\n## Action items\n\n"+filler+item)); n != 1 {
			t.Errorf("%s: %d findings, want 1 under the action items", how, n)
		}
	}
}
