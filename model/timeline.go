package model

import (
	"slices"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// Marker tags a timeline line as one of the moments the incident's
// durations are measured between.
type Marker string

// The markers a scribe can type as #started, #detected, #mitigated and
// #resolved on a timeline line.
const (
	MarkStarted   Marker = "started"
	MarkDetected  Marker = "detected"
	MarkMitigated Marker = "mitigated"
	MarkResolved  Marker = "resolved"
)

// markers lists the markers in the order the incident moves through them.
var markers = [...]Marker{MarkStarted, MarkDetected, MarkMitigated, MarkResolved}

// TimelineEntry is one timeline line as parsed.
type TimelineEntry struct {
	// Note is the note the line came from (0 when parsed standalone).
	Note int
	// At is the time in UTC; zero when the line has no (valid) time.
	At time.Time
	// HasTime is true when the line starts with a valid time; HasDate when
	// a valid date was typed before it (else the incident date was used).
	HasTime, HasDate bool
	// Text is the event text with the time, separator and markers removed.
	// For a line without a valid time it is the whole line as typed, so the
	// scribe sees what to fix.
	Text string
	// Markers holds the line's markers in the order typed, each once.
	Markers []Marker
	// Problem says why the time was rejected, or "no time" ("" when fine).
	Problem string
}

// ProblemNoTime is the Problem of a timeline line that does not start with a time.
const ProblemNoTime = "no time"

// ParseTimeline reads one timeline line: an optional date (YYYY-MM-DD,
// followed by a space or T), a time (H:MM, HH:MM or HH:MM:SS), an optional
// Z or UTC, an optional separator (-, :, |, – or —) and the event text.
// date is the incident date (YYYY-MM-DD) used when none is typed; loc is
// the zone times are typed in (nil is UTC) unless the line says Z or UTC.
// It never fails: a line it cannot place keeps its text and says why.
func ParseTimeline(line, date string, loc *time.Location) TimelineEntry {
	trimmed := strings.TrimSpace(line)
	e := TimelineEntry{Text: trimmed}
	s := trimmed

	y, mo, d, hasDate, prob := 0, 0, 0, false, ""
	if len(s) >= 11 && isDateShape(s) && (s[10] == ' ' || s[10] == 'T' || s[10] == 't') {
		var ok bool
		if y, mo, d, ok = parseDate(s[:10]); !ok {
			e.Problem = s[:10] + " is not a date"
			return e
		}
		hasDate = true
		s = strings.TrimLeft(s[11:], " ")
	}

	h, mi, sec, n, prob := scanClock(s)
	if n == 0 {
		if prob == "" {
			prob = ProblemNoTime
		}
		e.Problem = prob
		return e
	}
	s = s[n:]

	utc := false
	if rest, ok := cutZone(s); ok {
		s, utc = rest, true
	}
	s = cutSeparator(s)

	if !hasDate {
		var ok bool
		if y, mo, d, ok = parseDate(date); !ok {
			e.Problem = "no incident date: type the date before the time (YYYY-MM-DD HH:MM)"
			return e
		}
	}
	if loc == nil || utc {
		loc = time.UTC
	}
	at := time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc)
	if prob := localTimeProblem(at, h, mi, sec, loc); prob != "" {
		e.Problem = prob
		return e
	}
	e.At = at.UTC()
	e.HasTime, e.HasDate = true, hasDate
	e.Text, e.Markers = stripMarkers(s)
	return e
}

// localTimeProblem says why a wall-clock time typed in loc names no single
// moment on a day the clocks change: it was skipped (clocks went forward)
// or happened twice (clocks went back). Guessing would put the line up to
// an hour off in the timeline, so the scribe is asked for UTC instead.
func localTimeProblem(at time.Time, h, mi, sec int, loc *time.Location) string {
	if loc == time.UTC {
		return ""
	}
	wall := func(t time.Time) bool {
		t = t.In(loc)
		return t.Hour() == h && t.Minute() == mi && t.Second() == sec
	}
	clock := time.Date(0, 1, 1, h, mi, 0, 0, time.UTC).Format("15:04")
	day := " in " + loc.String() + " on " + at.Format("2006-01-02")
	if !wall(at) {
		return clock + " did not happen" + day + " (the clocks went forward); give the time in UTC, as HH:MMZ"
	}
	// Zones shift by up to two hours, in steps of a quarter hour or more.
	for d := -2 * time.Hour; d <= 2*time.Hour; d += 15 * time.Minute {
		if d != 0 && wall(at.Add(d)) {
			return clock + " happened twice" + day + " (the clocks went back); give the time in UTC, as HH:MMZ"
		}
	}
	return ""
}

// scanClock reads H:MM, HH:MM or HH:MM:SS at the start of s. It returns
// the length consumed, or 0 with a problem when s starts like a time but
// is not one, or 0 and "" when s does not start like a time at all.
func scanClock(s string) (h, m, sec, n int, problem string) {
	i := 0
	for i < len(s) && i < 3 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i > 2 || i >= len(s) || s[i] != ':' || i+1 >= len(s) || !isDigit(s[i+1]) {
		return 0, 0, 0, 0, ""
	}
	h = atoi(s[:i])
	j := i + 1
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	clock := s[:j]
	if j-(i+1) != 2 {
		return 0, 0, 0, 0, clock + " is not a time: write minutes with two digits (HH:MM)"
	}
	m = atoi(s[i+1 : j])
	// A colon then digits is seconds; a colon then anything else is the
	// "09:14: Deploy" separator, left for cutSeparator.
	if j+1 < len(s) && s[j] == ':' && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		clock = s[:k]
		if k-(j+1) != 2 {
			return 0, 0, 0, 0, clock + " is not a time: write seconds with two digits (HH:MM:SS)"
		}
		sec = atoi(s[j+1 : k])
		j = k
	}
	switch {
	case h > 23:
		return 0, 0, 0, 0, clock + " is not a time: hours run 00-23 (midnight is 00:00 the next day)"
	case m > 59:
		return 0, 0, 0, 0, clock + " is not a time: minutes run 00-59"
	case sec > 59:
		return 0, 0, 0, 0, clock + " is not a time: seconds run 00-59"
	}
	if j < len(s) && !endsClock(s[j:]) {
		return 0, 0, 0, 0, clock + " is not a time: put a space between the time and the event"
	}
	return h, m, sec, j, ""
}

// endsClock reports whether what follows a clock may follow it: a space,
// a separator, or a zone.
func endsClock(s string) bool {
	switch s[0] {
	case ' ', '\t', '-', ':', '|':
		return true
	}
	if _, ok := cutZone(s); ok {
		return true
	}
	return strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—")
}

// cutZone removes a leading " UTC", "UTC", " Z" or "Z" standing as a word.
func cutZone(s string) (string, bool) {
	t := strings.TrimLeft(s, " \t")
	var rest string
	switch {
	case strings.HasPrefix(t, "Z"):
		rest = t[1:]
	case len(t) >= 3 && strings.EqualFold(t[:3], "UTC"):
		rest = t[3:]
	default:
		return s, false
	}
	// Only a zone standing alone counts, so "09:14 Z-index broke" keeps its text.
	if rest == "" || strings.IndexByte(" \t:|", rest[0]) >= 0 {
		return rest, true
	}
	return s, false
}

// cutSeparator removes the spaces and the one separator between the time
// and the event.
func cutSeparator(s string) string {
	s = strings.TrimLeft(s, " \t")
	for _, sep := range [...]string{"-", ":", "|", "–", "—"} {
		if strings.HasPrefix(s, sep) {
			s = s[len(sep):]
			break
		}
	}
	return strings.TrimLeft(s, " \t")
}

// stripMarkers removes #started, #detected, #mitigated and #resolved
// (any case, as whole words) from s. It returns s itself when there are
// none, so the common line costs no allocation.
func stripMarkers(s string) (string, []Marker) {
	if strings.IndexByte(s, '#') < 0 {
		return s, nil
	}
	var found []Marker
	var b strings.Builder
	rest := s
	for rest != "" {
		word, tail := nextWord(rest)
		if m, ok := markerWord(word); ok {
			if !slices.Contains(found, m) {
				found = append(found, m)
			}
		} else if word != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(word)
		}
		rest = tail
	}
	if found == nil {
		return s, nil
	}
	return b.String(), found
}

// markerWord recognises a marker word, "#Detected" included.
func markerWord(w string) (Marker, bool) {
	if len(w) < 2 || w[0] != '#' {
		return "", false
	}
	for _, m := range markers {
		if strings.EqualFold(w[1:], string(m)) {
			return m, true
		}
	}
	return "", false
}

// nextWord returns the first space-separated word of s and what follows.
func nextWord(s string) (word, rest string) {
	s = strings.TrimLeft(s, " \t")
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// Timeline is the meeting's timeline: the top-level notes of every
// timeline phase (parked tangents left out), timed lines in time order,
// then lines without a time in the order they were taken. Sorting is
// stable so lines typed for the same minute keep the order they were said.
func (s *State) Timeline() []TimelineEntry {
	date, loc := s.IncidentDate(), s.InputZone()
	var out []TimelineEntry
	for _, n := range s.captured(agenda.CaptureTimeline) {
		e := ParseTimeline(n.Text, date, loc)
		e.Note = n.ID
		out = append(out, e)
	}
	rollPastMidnight(out, loc)
	slices.SortStableFunc(out, func(a, b TimelineEntry) int {
		switch {
		case a.HasTime != b.HasTime:
			if a.HasTime {
				return -1
			}
			return 1
		case !a.HasTime:
			return 0
		}
		return a.At.Compare(b.At)
	})
	return out
}

// Durations are the incident's key moments and the times between them,
// from the timeline's markers.
type Durations struct {
	// Started, Detected, Mitigated and Resolved are the earliest time
	// each marker was given (zero when none was).
	Started, Detected, Mitigated, Resolved time.Time
	// TTD, TTM and TTR are time to detect, mitigate and resolve, counted
	// from the start; each is set only when its Has flag is true.
	TTD, TTM, TTR          time.Duration
	HasTTD, HasTTM, HasTTR bool
}

// TimelineDurations takes the first occurrence of each marker among the
// timed entries and measures from #started to the others. A duration is
// left out when an end is missing or comes before the start: a negative
// time to detect is a typo in the timeline, not a figure to publish.
func TimelineDurations(entries []TimelineEntry) Durations {
	var d Durations
	for i := range entries {
		e := &entries[i]
		if !e.HasTime {
			continue
		}
		for _, m := range e.Markers {
			var t *time.Time
			switch m {
			case MarkStarted:
				t = &d.Started
			case MarkDetected:
				t = &d.Detected
			case MarkMitigated:
				t = &d.Mitigated
			case MarkResolved:
				t = &d.Resolved
			}
			// Earliest rather than first in the slice, so an unsorted
			// slice gives the same answer as State.Timeline's sorted one.
			if t != nil && (t.IsZero() || e.At.Before(*t)) {
				*t = e.At
			}
		}
	}
	since := func(end time.Time) (time.Duration, bool) {
		if d.Started.IsZero() || end.IsZero() || end.Before(d.Started) {
			return 0, false
		}
		return end.Sub(d.Started), true
	}
	d.TTD, d.HasTTD = since(d.Detected)
	d.TTM, d.HasTTM = since(d.Mitigated)
	d.TTR, d.HasTTR = since(d.Resolved)
	return d
}

// SpansMidnight reports whether the timed entries fall on more than one
// UTC date, in which case the dates must be shown beside the times.
func SpansMidnight(entries []TimelineEntry) bool {
	var y, yd int
	seen := false
	for i := range entries {
		if !entries[i].HasTime {
			continue
		}
		ey, ed := entries[i].At.Year(), entries[i].At.YearDay()
		if seen && (ey != y || ed != yd) {
			return true
		}
		y, yd, seen = ey, ed, true
	}
	return false
}
