package model

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/agenda"
)

func utc(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04:05", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseTimelineAccepted(t *testing.T) {
	const date = "2026-11-19"
	tests := []struct {
		line    string
		at      string
		hasDate bool
		text    string
		markers []Marker
	}{
		{"09:14 Deploy v2.31.4 to prod", "2026-11-19 09:14:00", false, "Deploy v2.31.4 to prod", nil},
		{"9:14 Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14:30 Deploy", "2026-11-19 09:14:30", false, "Deploy", nil},
		{"2026-11-18 23:58 Deploy", "2026-11-18 23:58:00", true, "Deploy", nil},
		{"2026-11-18T23:58 Deploy", "2026-11-18 23:58:00", true, "Deploy", nil},
		{"2026-11-18T23:58:07Z Deploy", "2026-11-18 23:58:07", true, "Deploy", nil},
		{"09:14Z Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14 Z Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14 UTC Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14 utc: Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14 - Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14: Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14 | Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14 — Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"09:14-Deploy", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"  09:14   Deploy  ", "2026-11-19 09:14:00", false, "Deploy", nil},
		{"00:00 Midnight", "2026-11-19 00:00:00", false, "Midnight", nil},
		{"23:59:59 Last second", "2026-11-19 23:59:59", false, "Last second", nil},
		{"09:14", "2026-11-19 09:14:00", false, "", nil},
		{"09:14 Z-index broke the page", "2026-11-19 09:14:00", false, "Z-index broke the page", nil},
		{"2028-02-29 10:00 Leap day", "2028-02-29 10:00:00", true, "Leap day", nil},
		{"09:14 Deploy #started", "2026-11-19 09:14:00", false, "Deploy", []Marker{MarkStarted}},
		{"09:17 #Detected by Alertmanager #DETECTED", "2026-11-19 09:17:00", false, "by Alertmanager", []Marker{MarkDetected}},
		{"09:31 Rolled back #mitigated #resolved", "2026-11-19 09:31:00", false, "Rolled back", []Marker{MarkMitigated, MarkResolved}},
		{"09:31 #mitigation #resolvedness #other", "2026-11-19 09:31:00", false, "#mitigation #resolvedness #other", nil},
	}
	for _, tt := range tests {
		e := ParseTimeline(tt.line, date, nil)
		if !e.HasTime || e.Problem != "" {
			t.Errorf("%q: HasTime %v, Problem %q; want a time", tt.line, e.HasTime, e.Problem)
			continue
		}
		if want := utc(tt.at); !e.At.Equal(want) || e.At.Location() != time.UTC {
			t.Errorf("%q: At %v, want %v UTC", tt.line, e.At, want)
		}
		if e.HasDate != tt.hasDate || e.Text != tt.text || !slices.Equal(e.Markers, tt.markers) {
			t.Errorf("%q: HasDate %v Text %q Markers %v; want %v %q %v", tt.line, e.HasDate, e.Text, e.Markers, tt.hasDate, tt.text, tt.markers)
		}
	}
}

func TestParseTimelineRejected(t *testing.T) {
	tests := []struct{ line, problem string }{
		{"24:00 Midnight", "24:00 is not a time: hours run 00-23 (midnight is 00:00 the next day)"},
		{"25:00 Late", "25:00 is not a time: hours run 00-23 (midnight is 00:00 the next day)"},
		{"9:60 Deploy", "9:60 is not a time: minutes run 00-59"},
		{"12:5 Deploy", "12:5 is not a time: write minutes with two digits (HH:MM)"},
		{"12:555 Deploy", "12:555 is not a time: write minutes with two digits (HH:MM)"},
		{"12:05:7 Deploy", "12:05:7 is not a time: write seconds with two digits (HH:MM:SS)"},
		{"12:05:60 Deploy", "12:05:60 is not a time: seconds run 00-59"},
		{"12:05pm Deploy", "12:05 is not a time: put a space between the time and the event"},
		{"2026-02-30 10:00 Deploy", "2026-02-30 is not a date"},
		{"2026-13-01 10:00 Deploy", "2026-13-01 is not a date"},
		{"2027-02-29 10:00 Deploy", "2027-02-29 is not a date"},
		{"2026-11-19 24:00 Deploy", "24:00 is not a time: hours run 00-23 (midnight is 00:00 the next day)"},
		{"Deploy went out", ProblemNoTime},
		{"", ProblemNoTime},
		{"5 engineers paged", ProblemNoTime},
		{"123:45 Deploy", ProblemNoTime},
		{"2026-11-19 Deploy", ProblemNoTime},
		{"Around 09:14 Deploy #started", ProblemNoTime},
	}
	for _, tt := range tests {
		e := ParseTimeline(tt.line, "2026-11-19", nil)
		if e.HasTime || e.HasDate || !e.At.IsZero() || e.Markers != nil {
			t.Errorf("%q: accepted as %+v", tt.line, e)
		}
		if e.Problem != tt.problem {
			t.Errorf("%q: Problem %q, want %q", tt.line, e.Problem, tt.problem)
		}
		if want := trimmed(tt.line); e.Text != want {
			t.Errorf("%q: Text %q, want the line %q", tt.line, e.Text, want)
		}
	}
	if e := ParseTimeline("09:14 Deploy", "", nil); e.HasTime || e.Problem == "" {
		t.Errorf("no incident date: %+v, want a problem", e)
	}
	if e := ParseTimeline("2026-11-19 09:14 Deploy", "", nil); !e.HasTime {
		t.Errorf("typed date without incident date: %+v, want a time", e)
	}
}

func trimmed(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

func TestParseTimelineZones(t *testing.T) {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	tests := []struct {
		line string
		loc  *time.Location
		at   string
	}{
		// Tokyo is UTC+9: early morning there is the previous UTC date.
		{"08:30 Deploy", tokyo, "2026-11-18 23:30:00"},
		{"10:00 Deploy", tokyo, "2026-11-19 01:00:00"},
		// New York in November is UTC-5: late evening is the next UTC date.
		{"21:15 Deploy", ny, "2026-11-20 02:15:00"},
		{"2026-07-04 21:15 Deploy", ny, "2026-07-05 01:15:00"},
		// A time marked UTC ignores the meeting's zone.
		{"08:30Z Deploy", tokyo, "2026-11-19 08:30:00"},
		{"21:15 UTC Deploy", ny, "2026-11-19 21:15:00"},
	}
	for _, tt := range tests {
		e := ParseTimeline(tt.line, "2026-11-19", tt.loc)
		if want := utc(tt.at); !e.HasTime || !e.At.Equal(want) || e.At.Location() != time.UTC {
			t.Errorf("%q in %s: At %v (HasTime %v), want %v", tt.line, tt.loc, e.At, e.HasTime, want)
		}
	}
}

// timelineState folds a meeting whose agenda has a timeline phase and
// replays the given note events into it.
func timelineState(t *testing.T, setup Setup, events ...Event) *State {
	t.Helper()
	created := utc("2026-11-21 15:00:00")
	ag := &agenda.Agenda{Name: "test", Phases: []agenda.Phase{
		{ID: "impact", Title: "Impact", Minutes: 5, Capture: agenda.CaptureImpact},
		{ID: "timeline", Title: "Timeline", Minutes: 15, Capture: agenda.CaptureTimeline},
		{ID: "actions", Title: "Action items", Minutes: 15, Capture: agenda.CaptureActions},
	}}
	all := append([]Event{{At: created, Kind: SessionCreated, Setup: &setup, Agenda: ag}}, events...)
	for i := range all {
		all[i].Seq = i + 1
		if all[i].At.IsZero() {
			all[i].At = created.Add(time.Duration(i) * time.Minute)
		}
	}
	s, err := Fold(all)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func add(id int, phase, text string) Event {
	return Event{Kind: NoteAdded, Note: id, Phase: phase, Text: text}
}

func texts(entries []TimelineEntry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Text)
	}
	return out
}

func TestStateTimelineSorted(t *testing.T) {
	s := timelineState(t, Setup{IncidentDate: "2026-11-19"},
		add(1, "timeline", "09:31 Rolled back #mitigated"),
		add(2, "timeline", "Customer tweets about errors"),
		add(3, "timeline", "09:14 Deploy #started"),
		add(4, "impact", "09:00 not a timeline line"),
		add(5, "timeline", "09:17 Alert fires #detected"),
		add(6, "timeline", "09:17 On-call paged"),
		add(7, "timeline", "9:60 typo"),
		Event{Kind: NoteAdded, Note: 8, Phase: "timeline", Section: SectionParked, Text: "08:00 tangent"},
		Event{Kind: NoteAdded, Note: 9, Phase: "timeline", Parent: 5, Text: "10:00 why"},
	)
	got := texts(s.Timeline())
	want := []string{"Deploy", "Alert fires", "On-call paged", "Rolled back", "Customer tweets about errors", "9:60 typo"}
	if !slices.Equal(got, want) {
		t.Fatalf("timeline %q, want %q", got, want)
	}

	// Editing a line's time moves it; equal times keep entry order.
	s2 := timelineState(t, Setup{IncidentDate: "2026-11-19"},
		add(1, "timeline", "09:31 Rolled back"),
		add(2, "timeline", "09:14 Deploy"),
		add(3, "timeline", "09:17 Alert fires"),
		Event{Kind: NoteEdited, Note: 1, Text: "09:10 Rolled back"},
		Event{Kind: NoteEdited, Note: 3, Text: "09:14 Alert fires"},
	)
	tl := s2.Timeline()
	if got, want := texts(tl), []string{"Rolled back", "Deploy", "Alert fires"}; !slices.Equal(got, want) {
		t.Fatalf("after edit %q, want %q", got, want)
	}
	if ids := []int{tl[0].Note, tl[1].Note, tl[2].Note}; !slices.Equal(ids, []int{1, 2, 3}) {
		t.Errorf("note ids %v, want [1 2 3]", ids)
	}
}

func TestStateTimelineDateAndZone(t *testing.T) {
	// No incident date: the day the session was created.
	s := timelineState(t, Setup{}, add(1, "timeline", "09:14 Deploy"))
	if got := s.Timeline()[0].At; !got.Equal(utc("2026-11-21 09:14:00")) {
		t.Errorf("no incident date: %v, want the creation date", got)
	}
	// An unknown zone falls back to UTC rather than losing the line.
	s = timelineState(t, Setup{IncidentDate: "2026-11-19", TimeZone: "Mars/Olympus"}, add(1, "timeline", "09:14 Deploy"))
	if got := s.Timeline()[0].At; !got.Equal(utc("2026-11-19 09:14:00")) {
		t.Errorf("unknown zone: %v, want UTC", got)
	}
	learnZone(t, "Europe/Berlin")
	s = timelineState(t, Setup{IncidentDate: "2026-11-19", TimeZone: "Europe/Berlin"},
		add(1, "timeline", "00:30 Deploy"), add(2, "timeline", "23:50 Earlier in UTC? no"))
	tl := s.Timeline()
	if !tl[0].At.Equal(utc("2026-11-18 23:30:00")) || !tl[1].At.Equal(utc("2026-11-19 22:50:00")) {
		t.Errorf("Berlin: %v, %v", tl[0].At, tl[1].At)
	}
}

func TestSpansMidnight(t *testing.T) {
	d := "2026-11-19"
	same := []TimelineEntry{ParseTimeline("00:00 a", d, nil), ParseTimeline("23:59 b", d, nil), ParseTimeline("no time", d, nil)}
	if SpansMidnight(same) {
		t.Error("one date reported as spanning midnight")
	}
	cross := []TimelineEntry{ParseTimeline("2026-11-19 23:58 a", d, nil), ParseTimeline("2026-11-20 00:03 b", d, nil)}
	if !SpansMidnight(cross) {
		t.Error("two dates not reported as spanning midnight")
	}
	if SpansMidnight(nil) {
		t.Error("empty timeline spans midnight")
	}
}

func TestTimelineDurations(t *testing.T) {
	d := "2026-11-19"
	p := func(lines ...string) []TimelineEntry {
		var out []TimelineEntry
		for _, l := range lines {
			out = append(out, ParseTimeline(l, d, nil))
		}
		return out
	}
	got := TimelineDurations(p("09:14 Deploy #started", "09:17 Alert #detected", "09:20 Second alert #detected",
		"09:31 Rollback #mitigated", "09:45 All clear #resolved", "#started without time"))
	want := Durations{Started: utc("2026-11-19 09:14:00"), Detected: utc("2026-11-19 09:17:00"),
		Mitigated: utc("2026-11-19 09:31:00"), Resolved: utc("2026-11-19 09:45:00"),
		TTD: 3 * time.Minute, TTM: 17 * time.Minute, TTR: 31 * time.Minute, HasTTD: true, HasTTM: true, HasTTR: true}
	if got != want {
		t.Errorf("durations %+v\nwant %+v", got, want)
	}
	// Across midnight, detection typed out of order.
	got = TimelineDurations(p("2026-11-20 00:05 Alert #detected", "2026-11-19 23:58 Deploy #started"))
	if !got.HasTTD || got.TTD != 7*time.Minute || got.HasTTM || got.HasTTR {
		t.Errorf("midnight: %+v", got)
	}
	// An end before the start, or a missing start, gives no duration.
	got = TimelineDurations(p("09:14 Deploy #started", "09:10 Alert #detected", "09:20 ok #mitigated"))
	if got.HasTTD || !got.HasTTM || got.TTM != 6*time.Minute {
		t.Errorf("end before start: %+v", got)
	}
	got = TimelineDurations(p("09:10 Alert #detected #resolved"))
	if got.HasTTD || got.HasTTR || got.Detected.IsZero() {
		t.Errorf("no start: %+v", got)
	}
	// Zero duration is a duration.
	if got = TimelineDurations(p("09:10 Paged at once #started #detected")); !got.HasTTD || got.TTD != 0 {
		t.Errorf("same minute: %+v", got)
	}
}

func FuzzParseTimeline(f *testing.F) {
	for _, s := range []string{"09:14 Deploy #started", "9:14 x", "09:14:30 - x", "2026-11-19T23:58Z | x",
		"2026-11-19 23:58 UTC: x", "24:00 x", "12:5", "2026-02-30 10:00 x", "no time", "", "09:14 — é #Detected",
		"09:14 - | x", "23:59:59\t#resolved\t#resolved"} {
		f.Add(s, "2026-11-19", uint8(0))
	}
	f.Add("08:30 Deploy", "2026-03-29", uint8(2))
	f.Add("02:30 DST gap", "2026-03-08", uint8(3))
	// Zones are picked from a list: loading arbitrary names reads the
	// disk and would measure the file system, not the parser.
	locs := []*time.Location{nil, time.UTC}
	for _, z := range []string{"Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe",
		"Pacific/Kiritimati", "America/St_Johns", "Pacific/Pago_Pago"} {
		if l, err := time.LoadLocation(z); err == nil {
			locs = append(locs, l)
		}
	}
	f.Fuzz(func(t *testing.T, line, date string, zone uint8) {
		e := ParseTimeline(line, date, locs[int(zone)%len(locs)])
		if utf8.ValidString(line) && !utf8.ValidString(e.Text) {
			t.Fatalf("%q: invalid UTF-8 text %q", line, e.Text)
		}
		if !e.HasTime {
			if e.Problem == "" || e.Text != strings.TrimSpace(line) || !e.At.IsZero() || e.Markers != nil || e.HasDate {
				t.Fatalf("%q: untimed entry %+v", line, e)
			}
			return
		}
		if e.Problem != "" || e.At.Location() != time.UTC {
			t.Fatalf("%q: timed entry %+v", line, e)
		}
		seen := map[Marker]bool{}
		for _, m := range e.Markers {
			if seen[m] {
				t.Fatalf("%q: marker %s twice", line, m)
			}
			seen[m] = true
		}
		// The canonical UTC form reads back to the same entry, as an
		// exported timeline must when it is replayed.
		canon := e.At.Format("2006-01-02 15:04:05") + "Z | " + e.Text
		for _, m := range e.Markers {
			canon += " #" + string(m)
		}
		back := ParseTimeline(canon, "", nil)
		if !back.HasTime || !back.At.Equal(e.At) || back.Text != e.Text || !slices.Equal(back.Markers, e.Markers) {
			t.Fatalf("%q: %+v; canonical %q reads back %+v", line, e, canon, back)
		}
	})
}
