package model

import (
	"fmt"
	"time"
)

// Explain says each of the incident's durations in words, or why it is
// unknown, so the screen and the export give the same reason.
func (d Durations) Explain() []string {
	return []string{
		explainSince("time to detect", d.TTD, d.HasTTD, d.Started, d.Detected, "#detected"),
		explainSince("to mitigate", d.TTM, d.HasTTM, d.Started, d.Mitigated, "#mitigated"),
		explainSince("to resolve", d.TTR, d.HasTTR, d.Started, d.Resolved, "#resolved"),
	}
}

func explainSince(name string, d time.Duration, ok bool, from, to time.Time, mark string) string {
	switch {
	case ok:
		return name + " " + shortDuration(d)
	case from.IsZero() && to.IsZero():
		return name + ": mark #started and " + mark
	case from.IsZero():
		return name + ": mark #started"
	case to.IsZero():
		return name + ": mark " + mark
	}
	return name + ": " + mark + " is before #started"
}

func shortDuration(d time.Duration) string {
	d = d.Round(time.Second)
	h, m, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	switch {
	case h > 0:
		return fmt.Sprintf("%dh%02dm", h, m)
	case s == 0:
		return fmt.Sprintf("%dm", m)
	}
	return fmt.Sprintf("%dm%02ds", m, s)
}

// rollPastMidnight moves undated timeline times that fall more than twelve
// hours before the incident's start onto the next day: "23:58 #started"
// then "00:03 #detected" is five minutes later, not a day earlier. The
// start is the first line marked #started, else the first timed line
// typed. entries are in the order typed; clock times are compared in the
// zone they were typed in.
func rollPastMidnight(entries []TimelineEntry, loc *time.Location) {
	if loc == nil {
		loc = time.UTC
	}
	anchor := -1
	for i, e := range entries {
		if !e.HasTime {
			continue
		}
		if anchor < 0 {
			anchor = i
		}
		if hasMarker(e, MarkStarted) {
			anchor = i
			break
		}
	}
	if anchor < 0 {
		return
	}
	start := entries[anchor].At
	for i := range entries {
		e := &entries[i]
		if !e.HasTime || e.HasDate || i == anchor {
			continue
		}
		if start.Sub(e.At) > 12*time.Hour {
			local := e.At.In(loc)
			e.At = local.AddDate(0, 0, 1).UTC()
		}
	}
}

func hasMarker(e TimelineEntry, m Marker) bool {
	for _, x := range e.Markers {
		if x == m {
			return true
		}
	}
	return false
}
