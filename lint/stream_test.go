package lint

import (
	"errors"
	"io"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/bench/docgen"
	"github.com/debrief-dev/debrief/phrasing"
)

// repeatReader yields text over and over, up to limit bytes (0: forever).
type repeatReader struct {
	text  string
	pos   int
	n     int64
	limit int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.limit > 0 && r.n >= r.limit {
		return 0, io.EOF
	}
	if r.limit > 0 {
		p = p[:min(int64(len(p)), r.limit-r.n)]
	}
	k := 0
	for k < len(p) {
		c := copy(p[k:], r.text[r.pos:])
		k += c
		r.pos = (r.pos + c) % len(r.text)
	}
	r.n += int64(k)
	return k, nil
}

// peakHeap lints size bytes of findings-dense Markdown through a reader
// and returns the most heap in use, sampled as findings are reported, and
// the number of findings.
func peakHeap(t *testing.T, text string, size int64) (uint64, int) {
	t.Helper()
	dropEarlierTests()
	var peak uint64
	n := 0
	err := New(newTestChecker()).Lint("doc", &repeatReader{text: text, limit: size}, func(Result) error {
		if n++; n%2000 == 0 {
			peak = max(peak, liveHeap())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return peak, n
}

// dropEarlierTests collects twice, so what earlier tests left in pools
// (a sync.Pool keeps its contents through one collection) is not counted
// as this test's heap.
func dropEarlierTests() {
	runtime.GC()
	runtime.GC()
}

// liveHeap is the heap the last garbage collection found reachable: what
// the run holds on to, without the garbage a busy machine has not yet
// collected (heap in use swings with the collector's pace and with other
// tests running beside this one).
func liveHeap() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// TestMemoryFlatInInputSize: linting 16 MB takes no more memory than
// linting 4 MB; the whole input is never held.
func TestMemoryFlatInInputSize(t *testing.T) {
	if testing.Short() {
		t.Skip("lints 20 MB")
	}
	doc := docgen.Generate(1 << 20)
	small, nSmall := peakHeap(t, doc, 4<<20)
	large, nLarge := peakHeap(t, doc, 16<<20)
	if nLarge < 3*nSmall || nSmall == 0 {
		t.Fatalf("findings: %d in 4 MB, %d in 16 MB", nSmall, nLarge)
	}
	t.Logf("peak heap in use: %.1f MB for 4 MB, %.1f MB for 16 MB", float64(small)/(1<<20), float64(large)/(1<<20))
	// Holding the input would add 12 MB between the two; the collector's
	// timing moves the live heap by a few MB either way.
	if large > small+8<<20 || large > 32<<20 {
		t.Errorf("memory grows with the input: %d bytes peak for 4 MB, %d for 16 MB", small, large)
	}
}

// TestEndlessStream: an input that never ends is read in bounded memory
// and findings come out as it is read; the run ends when emit says so.
func TestEndlessStream(t *testing.T) {
	stop := errors.New("stop")
	dropEarlierTests()
	r := &repeatReader{text: "Bob should have rolled back, and Mary didn't order the VMs on time.\n\n"}
	var peak uint64
	n := 0
	err := New(newTestChecker()).Lint("<stdin>", r, func(Result) error {
		if n++; n%5000 == 0 {
			peak = max(peak, liveHeap())
		}
		if r.n > 8<<20 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n < 100000 {
		t.Fatalf("err %v after %d findings", err, n)
	}
	if peak > 32<<20 {
		t.Errorf("an endless stream used %d MB of heap", peak>>20)
	}
}

// TestOverlongParagraph: a paragraph with no full stop is handed to the
// checker in pieces of at most paraCap, and almost every finding in it is
// still found (only one cut across a finding can lose it).
func TestOverlongParagraph(t *testing.T) {
	unit := "and then Bob should have rolled back while the queue grew "
	reps := (1 << 20) / len(unit)
	seen := 0
	err := New(newTestChecker()).Lint("doc", strings.NewReader(strings.Repeat(unit, reps)), func(r Result) error {
		if r.Rule == "should-have" {
			seen++
		}
		return nil
	})
	cuts := reps * len(unit) / (paraCap / 2)
	if err != nil || seen < reps-cuts {
		t.Errorf("found %d of %d (err %v)", seen, reps, err)
	}
}

func TestSplitPoint(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"One. Two three", 5},
		{"one two\nthree four", 8},
		{"one two three", 8},
		{"abcdef", 6},
		{"abcd\xc3\xa9", 6},
		{"abcd\xc3", 4},
		{"abc\xe2\x80", 3},
	} {
		if got := splitPoint([]byte(tc.in)); got != tc.want {
			t.Errorf("splitPoint(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestStreamFindingsAsTheyArrive: text piped in a paragraph at a time is
// checked as each arrives, not when a segment's worth has built up.
func TestStreamFindingsAsTheyArrive(t *testing.T) {
	pr, pw := io.Pipe()
	found := make(chan Result)
	go func() {
		New(newTestChecker()).Lint("<stdin>", pr, func(r Result) error { found <- r; return nil })
		close(found)
	}()
	for i := 1; i <= 3; i++ {
		if _, err := pw.Write([]byte("Bob should have rolled back.\n\n")); err != nil {
			t.Fatal(err)
		}
		select {
		case r := <-found:
			if r.Line != 2*i-1 {
				t.Fatalf("paragraph %d reported at line %d", i, r.Line)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("paragraph %d not checked while the stream stays open", i)
		}
	}
	pw.Close()
	if _, ok := <-found; ok {
		t.Error("a finding after the stream ended")
	}
}

// TestDenseMBAllocatesLittle: linting the dense 1 MB notes file (the one
// bench/compare.sh races against Vale) allocates under 1.25 MB once the
// buffers are warm (0.5 MB now), so a whole `debrief lint` run stays below
// the collector's 4 MB floor and its peak memory under a quarter of
// Vale's. A fresh findings slice or a copy of each segment's text fails
// it (7.3 MB before the buffers were reused).
func TestDenseMBAllocatesLittle(t *testing.T) {
	doc := docgen.Notes(1 << 20)
	l := New(phrasing.NewChecker(phrasing.DefaultRules(), docgen.Names))
	run := func() int {
		n := 0
		if err := l.Lint("notes.md", strings.NewReader(doc), func(Result) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	run()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := run()
	runtime.ReadMemStats(&after)
	got := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d findings, %.2f MB allocated", n, float64(got)/(1<<20))
	if n < 3000 || got > 5<<18 {
		t.Fatalf("%d findings, %d bytes allocated: want over 3,000 and under 1.25 MB", n, got)
	}
}
