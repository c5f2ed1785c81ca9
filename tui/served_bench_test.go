package tui

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkKeystrokeToEveryScreen measures, with 50 people connected to
// a served meeting showing the real meeting screen (a scribe and 49
// viewers), the time from the scribe's enter key to the note showing on
// every one of the 50 screens, each drawn by a terminal emulator from the
// SSH stream: input, the hub's check, the synced write, the broadcast,
// 50 folds and renders, and the transport, at 80x24.
func BenchmarkKeystrokeToEveryScreen(b *testing.B) {
	const viewers = 49
	kim := newGuest(b, "kim", "scribe")
	guests := []guest{kim}
	for i := range viewers {
		guests = append(guests, newGuest(b, fmt.Sprintf("v%02d", i), "viewer"))
	}
	r := openRoom(b, guests, "well")
	var screens []*screen
	for _, g := range guests {
		screens = append(screens, r.join(g, 80, 24))
	}
	for _, s := range screens {
		s.waitFor("50 here")
	}
	sc := screens[0]
	var arrived sync.WaitGroup
	wants := make([]string, len(screens))
	for i, s := range screens {
		s.mu.Lock()
		s.watch = func(text string) {
			if wants[i] != "" && strings.Contains(text, wants[i]) {
				wants[i] = ""
				arrived.Done()
			}
		}
		s.mu.Unlock()
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := range b.N {
		text := fmt.Sprintf("note k%05d", i)
		b.StopTimer()
		sc.send(text)
		for _, s := range screens {
			s.waitFor("kim scribe ✎ typing")
		}
		arrived.Add(len(screens))
		for j, s := range screens {
			s.mu.Lock()
			wants[j] = text
			s.mu.Unlock()
		}
		b.StartTimer()
		start := time.Now()
		sc.send("\r")
		arrived.Wait()
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	at := func(q float64) float64 {
		return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))]) / float64(time.Millisecond)
	}
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
	b.ReportMetric(at(1), "max-ms")
}
