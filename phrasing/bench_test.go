package phrasing

import (
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
