package model

import (
	"slices"
	"testing"
	"time"
)

func TestTimelineRollsPastMidnightInTheInputZone(t *testing.T) {
	for _, zone := range []string{"", "America/New_York", "Asia/Tokyo"} {
		if zone != "" {
			learnZone(t, zone)
		}
		loc := (&State{Setup: Setup{TimeZone: zone}}).InputZone()
		lines := []string{"23:58 Deploy v2.31.4 #started", "00:03 Checkout errors page the on-call #detected",
			"00:20 Rolled back #mitigated", "22:40 Config change merged"}
		var entries []TimelineEntry
		for _, l := range lines {
			entries = append(entries, ParseTimeline(l, "2026-11-18", loc))
		}
		rollPastMidnight(entries, loc)
		d := TimelineDurations(entries)
		if !d.HasTTD || d.TTD != 5*time.Minute || d.TTM != 22*time.Minute {
			t.Errorf("zone %q: durations %+v", zone, d)
		}
		// 22:40 is before the start, the same evening: it stays put.
		if entries[3].At.After(entries[0].At) {
			t.Errorf("zone %q: 22:40 moved to %v", zone, entries[3].At)
		}
		// A typed date is never moved.
		dated := []TimelineEntry{ParseTimeline("2026-11-18 23:58 Deploy #started", "", loc),
			ParseTimeline("2026-11-18 00:03 Earlier that day", "", loc)}
		before := dated[1].At
		rollPastMidnight(dated, loc)
		if !dated[1].At.Equal(before) {
			t.Errorf("zone %q: a dated line moved", zone)
		}
	}
}

func TestDurationsExplainWhatIsMissing(t *testing.T) {
	at := func(s string) time.Time { v, _ := time.Parse(time.RFC3339, s); return v }
	for _, tc := range []struct {
		d    Durations
		want []string
	}{
		{Durations{}, []string{"time to detect: mark #started and #detected", "to mitigate: mark #started and #mitigated", "to resolve: mark #started and #resolved"}},
		{Durations{Started: at("2026-11-18T09:14:00Z"), Detected: at("2026-11-18T09:17:00Z"), TTD: 3 * time.Minute, HasTTD: true,
			Mitigated: at("2026-11-18T09:00:00Z")},
			[]string{"time to detect 3m", "to mitigate: #mitigated is before #started", "to resolve: mark #resolved"}},
	} {
		if got := tc.d.Explain(); !slices.Equal(got, tc.want) {
			t.Errorf("got %q\nwant %q", got, tc.want)
		}
	}
}
