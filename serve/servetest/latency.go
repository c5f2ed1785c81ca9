package servetest

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// Arrivals waits for one text to show on every one of a set of screens,
// noticed on the frame that draws it rather than by polling.
type Arrivals struct {
	terms   []*Term
	arrived sync.WaitGroup
	wants   []string
}

// WatchArrivals watches row y (or WholeScreen) of every one of terms.
func WatchArrivals(terms []*Term, y int) *Arrivals {
	a := &Arrivals{terms: terms, wants: make([]string, len(terms))}
	for i, tm := range terms {
		tm.setWatch(y, func(text string) {
			if a.wants[i] != "" && strings.Contains(text, a.wants[i]) {
				a.wants[i] = ""
				a.arrived.Done()
			}
		})
	}
	return a
}

// expect starts waiting for want on every screen; call it before the
// keystroke that should bring want, and wait after.
func (a *Arrivals) expect(want string) {
	a.arrived.Add(len(a.terms))
	for i, tm := range a.terms {
		tm.locked(func() { a.wants[i] = want })
	}
}

// wait returns once every screen has shown what expect was given.
func (a *Arrivals) wait() { a.arrived.Wait() }

// TimeEnter measures b.N enter keys sent by sc, each timed from the key
// until every screen shows the text to expect. Before each, with the
// timer stopped, prepare(i) sets the round up (typing a draft, waiting
// for everyone to see it) and returns that text. It reports the p50, p99
// and worst times.
func (a *Arrivals) TimeEnter(b *testing.B, sc *Term, prepare func(i int) (want string)) {
	var lat latencies
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		a.expect(prepare(i))
		b.StartTimer()
		start := time.Now()
		sc.Send("\r")
		a.wait()
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	lat.Report(b)
}

// latencies collects the times a benchmark measured one by one.
type latencies []time.Duration

// Report sorts l and reports its p50, p99 and worst in milliseconds.
func (l latencies) Report(b *testing.B) {
	slices.Sort(l)
	at := func(q float64) float64 {
		return float64(l[min(len(l)-1, int(q*float64(len(l))))]) / float64(time.Millisecond)
	}
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
	b.ReportMetric(at(1), "max-ms")
}
