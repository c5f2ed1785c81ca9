package statsview

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/archive"
)

// TestDur: one form for every size, days for anything past a day, so
// "43h06m" never stands beside "2d".
func TestDur(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                               "0m",
		12 * time.Minute:                "12m",
		29*time.Second + 10*time.Minute: "10m",
		59*time.Minute + 40*time.Second: "1h",
		3*time.Hour + 5*time.Minute:     "3h 5m",
		2 * time.Hour:                   "2h",
		23*time.Hour + 59*time.Minute:   "23h 59m",
		24 * time.Hour:                  "1d",
		43*time.Hour + 6*time.Minute:    "1d 19h",
		47*time.Hour + 59*time.Minute:   "2d",
		48 * time.Hour:                  "2d",
		9*24*time.Hour + 13*time.Hour:   "9d 13h",
		93 * 24 * time.Hour:             "93d",
	} {
		if got := Dur(d); got != want {
			t.Errorf("Dur(%v) = %q, want %q", d, got, want)
		}
	}
}

// The charts fit the terminal and show the figures they draw, whatever
// the group names hold.
func TestTextFitsAndEscapes(t *testing.T) {
	recs := []archive.Record{
		{Service: "payments", TTD: 10 * time.Minute, TTM: 30 * time.Minute, TTR: time.Hour, Actions: []archive.Action{{Done: true}, {}}},
		{Service: "a-very-long-service-name-that-goes-on\x1b[31m", TTD: 20 * time.Minute, TTM: archive.Unknown, TTR: 4 * time.Hour},
	}
	st, err := archive.Compute(recs, "service", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{60, 80, 120} {
		var b bytes.Buffer
		Text(&b, st, width)
		out := b.String()
		if strings.Contains(ansi.Strip(out), "\x1b") {
			t.Fatalf("a raw escape from a group name reached the output")
		}
		for _, l := range strings.Split(ansi.Strip(out), "\n") {
			if ansi.StringWidth(l) > width {
				t.Errorf("width %d: %d columns: %q", width, ansi.StringWidth(l), l)
			}
		}
		for _, want := range []string{"10m / 10m  (n=1)", "no figures", " 50% of 2", "1 of 2 action items done (50%)."} {
			if !strings.Contains(out, want) {
				t.Errorf("width %d: no %q in\n%s", width, want, out)
			}
		}
	}
}
