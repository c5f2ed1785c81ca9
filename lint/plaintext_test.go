package lint

import (
	"strings"
	"testing"
)

// A plain-text postmortem indents whole paragraphs (status pages, mailing
// list posts): in a .txt file they are prose and checked, while the same
// lines in Markdown are an indented code block and left alone.
func TestPlainTextIndentIsProse(t *testing.T) {
	doc := "Outage report\n\n    The on-call engineer should have rolled back sooner.\n    Nobody on the team caught it.\n"
	for _, tc := range []struct {
		name string
		want int
	}{
		{"report.txt", 1},
		{"REPORT.TXT", 1},
		{"notes.text", 1},
		{"report.md", 0},
		{"report.markdown", 0},
		{"report", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := run(t, "", write(t, tc.name, doc))
			if code != tc.want {
				t.Errorf("exit %d, want %d\nout: %s\nerr: %s", code, tc.want, out, stderr)
			}
			if tc.want == 1 && (!strings.Contains(out, ":3:") || !strings.Contains(out, ":4:")) {
				t.Errorf("want findings on lines 3 and 4:\n%s", out)
			}
		})
	}
}

func TestPlainTextName(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "dir.d/b.TXT": true, "c.text": true,
		"d.md": false, "e": false, "dir.txt/f": false, "-": false,
	} {
		if got := PlainText(name); got != want {
			t.Errorf("PlainText(%q) = %v, want %v", name, got, want)
		}
	}
}
