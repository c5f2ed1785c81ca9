package phrasing

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// TestFindingsOutliveTheNextCheck: a check reuses its buffers, so the
// findings it returned must not change when the next text is checked (the
// meeting keeps the flags of a note while the scribe types the next one).
func TestFindingsOutliveTheNextCheck(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Bob", "Mary"})
	a := "Bob Should Have Rolled Back Sooner. Mary Didn't Check The Dashboard. It Was Human Error."
	first := c.Check(a)
	want := NewChecker(DefaultRules(), []string{"Bob", "Mary"}).Check(strings.Clone(a))
	if len(first) == 0 {
		t.Fatal("the text should have findings")
	}
	for range 3 {
		c.Check(strings.ToUpper(strings.Repeat("x", len(a))) + " Q W E R T Y")
		c.Check(strings.Repeat("ZZZZZ ", len(a)/3))
	}
	if !reflect.DeepEqual(first, want) {
		t.Fatalf("findings changed after later checks:\n%+v\nwant\n%+v", first, want)
	}
}

// TestDetach: strings that share a reused buffer's bytes are copied, and
// the findings read the same after the buffer is overwritten.
func TestDetach(t *testing.T) {
	buf := []byte("rolled back sooner")
	text := string(buf) // a copy, to compare with
	shared := unsafeString(buf)
	fs := []Finding{{Rule: "r", Match: shared[:6], Replacement: shared[7:], Suggestion: "kept"}}
	Detach(fs, shared)
	for i := range buf {
		buf[i] = 'x'
	}
	if fs[0].Match != text[:6] || fs[0].Replacement != text[7:] || fs[0].Suggestion != "kept" {
		t.Fatalf("after the buffer changed: %+v", fs[0])
	}
}

func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// TestCheckIntoMatchesCheck: checking into a slice that held another
// text's findings gives exactly what Check gives.
func TestCheckIntoMatchesCheck(t *testing.T) {
	c := NewChecker(DefaultRules(), []string{"Bob", "Mary"})
	texts := []string{
		"Bob should have rolled back sooner. Mary didn't check the dashboard.",
		"The deploy finished at 09:12.",
		"It was human error. Obviously Bob forgot the flag.",
	}
	var buf []Finding
	for range 2 {
		for _, text := range texts {
			buf = c.CheckInto(buf, text)
			if want := c.Check(text); len(want) != len(buf) || len(want) > 0 && !reflect.DeepEqual(want, buf) {
				t.Fatalf("%q: CheckInto %+v, Check %+v", text, buf, want)
			}
		}
	}
}
