package export

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// TestTimelineFlagsReadTheEventNotItsTime: the note box checks a timeline
// line without its time, so "09:20 Who deployed this?" is flagged as it
// is typed; the export must list the same flag once the line is
// committed, and a kept imported row with its date and UTC likewise.
func TestTimelineFlagsReadTheEventNotItsTime(t *testing.T) {
	at := time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)
	s := newSession(at, model.Setup{Title: "Search latency", Severity: model.SEV3, IncidentDate: "2026-11-19"}, agenda.Default())
	s.phase("timeline")
	s.note("timeline", "", "09:20 Who deployed this without checking?")
	s.note("timeline", "", "2026-11-19 09:25 UTC Who approved the change?")
	st := fold(t, s.events)
	md := Markdown(st, s.events, Options{Now: at.Add(time.Hour)})
	flags := md[strings.Index(md, "### Phrasing flags"):]
	flags = flags[:strings.Index(flags, "<!-- debrief-enable -->")]
	for _, want := range []string{"Who deployed this without checking?", "Who approved the change?"} {
		if !strings.Contains(flags, want) {
			t.Errorf("the flags table leaves out %q:\n%s", want, flags)
		}
	}
}

// TestOneTimelineLineIsNoDuration: a timeline of one line (or lines all
// at one minute) says nothing of how long the incident lasted, so the
// header says unknown and the drafted summary claims no "0 minutes".
func TestOneTimelineLineIsNoDuration(t *testing.T) {
	at := time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)
	s := newSession(at, model.Setup{Title: "Cache stampede", Severity: model.SEV2}, agenda.Default())
	s.phase("timeline")
	s.note("timeline", "", "2026-11-19 09:16 Cache hit ratio fell to 3% after the flush")
	st := fold(t, s.events)
	md := Markdown(st, s.events, Options{Now: at.Add(time.Hour)})
	if !strings.Contains(md, "**Duration:** unknown") || strings.Contains(md, "0 minutes") || !strings.Contains(md, "**Date:** 2026-11-19") {
		t.Fatalf("header and summary:\n%s", md[:strings.Index(md, "## Impact")])
	}
}

// TestDurationEndsShowTheirSeconds: an alert that fired at 22:17:30 is
// in the table with its seconds, and the time to detect says the same
// ends, not "12 minutes 30 seconds (22:05 to 22:17)".
func TestDurationEndsShowTheirSeconds(t *testing.T) {
	at := time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)
	s := newSession(at, model.Setup{Title: "Consumer lag", Severity: model.SEV2, IncidentDate: "2026-11-18"}, agenda.Default())
	s.phase("timeline")
	s.note("timeline", "", "22:05 Config push raised the visibility timeout #started")
	s.note("timeline", "", "22:17:30 Consumer lag alert fired #detected")
	s.note("timeline", "", "22:41 Timeout reverted #mitigated")
	st := fold(t, s.events)
	md := Markdown(st, s.events, Options{Now: at.Add(time.Hour)})
	for _, want := range []string{"| 22:17:30 |", "(22:05:00 to 22:17:30)", "**Time to mitigate:** 36 minutes (22:05 to 22:41)"} {
		if !strings.Contains(md, want) {
			t.Errorf("the export lacks %q:\n%s", want, md[strings.Index(md, "## Timeline"):strings.Index(md, "## Contributing")])
		}
	}
}
