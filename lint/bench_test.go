package lint

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/bench/docgen"
	"github.com/debrief-dev/debrief/phrasing"
)

// BenchmarkCheckDocument1MB is `debrief lint` on a 1 MB Markdown
// postmortem document: masking plus checking. The budget is well under a
// second; MB/s is reported.
func BenchmarkCheckDocument1MB(b *testing.B) {
	doc := docgen.Generate(1 << 20)
	c := phrasing.NewChecker(phrasing.DefaultRules(), docgen.Names)
	if len(Check(c, doc)) == 0 {
		b.Fatal("the benchmark document should have findings")
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		Check(c, doc)
	}
}

// BenchmarkLintNotes1MB streams the findings-dense 1 MB notes file (some
// 3,700 findings) through Lint, as `debrief lint` reads a file.
func BenchmarkLintNotes1MB(b *testing.B) {
	doc := docgen.Notes(1 << 20)
	l := New(phrasing.NewChecker(phrasing.DefaultRules(), docgen.Names))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if err := l.Lint("notes.md", strings.NewReader(doc), func(Result) error { n++; return nil }); err != nil || n < 3000 {
			b.Fatalf("%d findings, %v", n, err)
		}
	}
}

// BenchmarkNoFullStop lints one paragraph without a full stop at two
// sizes: the same MB/s at both shows the time is linear in its length, as
// the paragraph reaches the checker in pieces of at most paraCap.
func BenchmarkNoFullStop(b *testing.B) {
	l := New(phrasing.NewChecker(phrasing.DefaultRules(), docgen.Names))
	for _, size := range []int{200 << 10, 800 << 10} {
		doc := strings.Repeat("and then the queue kept growing while Bob should have rolled back ", size/66)
		b.Run(byteSize(size), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				l.Lint("p.md", strings.NewReader(doc), func(Result) error { return nil })
			}
		})
	}
}

func byteSize(n int) string { return strconv.Itoa(n>>10) + "KB" }

// notesResults are the findings in the 1 MB notes file.
func notesResults(b *testing.B) []Result {
	var rs []Result
	l := New(phrasing.NewChecker(phrasing.DefaultRules(), docgen.Names))
	l.Lint("notes.md", strings.NewReader(docgen.Notes(1<<20)), func(r Result) error { rs = append(rs, r); return nil })
	return rs
}

func benchWriter(b *testing.B, format string) {
	rs := notesResults(b)
	b.ReportAllocs()
	for b.Loop() {
		w := NewWriter(format, io.Discard, phrasing.DefaultRules())
		for _, r := range rs {
			w.Write(r)
		}
		w.Close()
	}
}

// BenchmarkWriteJSON writes the notes file's 3,700 findings as JSON; it
// should cost a small part of BenchmarkLintNotes1MB.
func BenchmarkWriteJSON(b *testing.B)  { benchWriter(b, "json") }
func BenchmarkWriteText(b *testing.B)  { benchWriter(b, "text") }
func BenchmarkWriteSARIF(b *testing.B) { benchWriter(b, "sarif") }

// BenchmarkWriteJSONReflect is the same output through encoding/json, one
// Encode per finding: the cost jsonWriter's hand encoding saves.
func BenchmarkWriteJSONReflect(b *testing.B) {
	type finding struct {
		File       string `json:"file"`
		Line       int    `json:"line"`
		Column     int    `json:"column"`
		EndLine    int    `json:"end_line"`
		EndColumn  int    `json:"end_column"`
		Offset     int    `json:"offset"`
		Length     int    `json:"length"`
		Rule       string `json:"rule"`
		Category   string `json:"category"`
		Severity   string `json:"severity"`
		Message    string `json:"message"`
		Suggestion string `json:"suggestion"`
		Match      string `json:"match"`
	}
	rs := notesResults(b)
	b.ReportAllocs()
	for b.Loop() {
		w := bufio.NewWriter(io.Discard)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range rs {
			enc.Encode(finding{r.File, r.Line, r.Column, r.EndLine, r.EndColumn, r.Offset, r.Length, r.Rule,
				r.Category, string(r.Severity), r.Message, r.Suggestion, r.Match})
		}
		w.Flush()
	}
}
