package phrasing

import (
	"strconv"
	"strings"
	"testing"
)

// note300 is a 300-character meeting note with two blameful phrases.
var note300 = func() string {
	s := "At 09:19 Bob acknowledged the page and started looking at the pool dashboards. " +
		"Mary didn't order the VMs on time, so staging had 10% of production's pool size. " +
		"Obviously the alert should fire within 5 minutes. What guard should have caught this? " +
		"Postgres failed to accept connections until 09:41 while the pool stayed saturated " +
		"and checkout returned errors."
	return s[:300]
}()

// BenchmarkCheckNote300 is the per-keystroke cost in the meeting: the
// budget is 20 µs for a 300-character note.
func BenchmarkCheckNote300(b *testing.B) {
	c := NewChecker(DefaultRules(), []string{"Bob", "Mary"})
	if len(c.Check(note300)) == 0 {
		b.Fatal("the benchmark note should have findings")
	}
	b.SetBytes(int64(len(note300)))
	b.ReportAllocs()
	for b.Loop() {
		c.Check(note300)
	}
}

// BenchmarkCheckClean300 is the common case: a note with nothing to flag.
func BenchmarkCheckClean300(b *testing.B) {
	c := NewChecker(DefaultRules(), []string{"Bob", "Mary"})
	note := strings.Repeat("The pool alert fires at 80% and pages the on-call. ", 6)[:300]
	b.SetBytes(int64(len(note)))
	b.ReportAllocs()
	for b.Loop() {
		c.Check(note)
	}
}

// BenchmarkCheckParagraph checks one paragraph with no full stops at three
// sizes: time per byte stays flat when the check is linear.
func BenchmarkCheckParagraph(b *testing.B) {
	c := NewChecker(DefaultRules(), []string{"Bob", "Mary"})
	for _, size := range []int{50_000, 100_000, 200_000} {
		text := paragraph(size, unpunctuated["findings"])
		b.Run(strconv.Itoa(size/1000)+"KB", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				c.Check(text)
			}
		})
	}
}

// note20000 is a long meeting's note: 20,000 characters of the 300-character
// note repeated, findings and all.
var note20000 = strings.Repeat(note300+" ", 20_000/301+1)[:20_000]

// BenchmarkCheckNote20000 is the per-keystroke cost late in a long meeting,
// when the note has grown to 20,000 characters: it must stay well under 1 ms.
func BenchmarkCheckNote20000(b *testing.B) {
	c := NewChecker(DefaultRules(), []string{"Bob", "Mary"})
	b.SetBytes(int64(len(note20000)))
	b.ReportAllocs()
	for b.Loop() {
		c.Check(note20000)
	}
}
