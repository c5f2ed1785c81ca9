package model

import (
	"strings"
	"testing"
	"time"
)

// TestTimelineDSTChangeDays: a local time the clocks skipped or passed twice
// is reported, never placed silently an hour off; the hours around it and
// the same time in UTC are fine.
func TestTimelineDSTChangeDays(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	for _, tc := range []struct{ line, date, problem string }{
		{"02:30 failover started", "2026-03-29", "did not happen"},
		{"02:00 failover started", "2026-03-29", "did not happen"},
		{"02:30 failover started", "2026-10-25", "happened twice"},
		{"2026-10-25 02:59 paged", "2026-10-01", "happened twice"},
		{"01:59 paged", "2026-03-29", ""},
		{"03:00 paged", "2026-03-29", ""},
		{"03:00 paged", "2026-10-25", ""},
		{"01:59 paged", "2026-10-25", ""},
		{"02:30Z paged", "2026-03-29", ""},
		{"02:30 paged", "2026-06-01", ""},
	} {
		e := ParseTimeline(tc.line, tc.date, berlin)
		switch {
		case tc.problem == "" && (e.Problem != "" || !e.HasTime):
			t.Errorf("%s on %s: refused: %q", tc.line, tc.date, e.Problem)
		case tc.problem != "" && (!strings.Contains(e.Problem, tc.problem) || e.HasTime):
			t.Errorf("%s on %s: problem %q, want %q and no time", tc.line, tc.date, e.Problem, tc.problem)
		}
	}
	// A zone with a 30-minute shift (Lord Howe) is caught too.
	if lh, err := time.LoadLocation("Australia/Lord_Howe"); err == nil {
		if e := ParseTimeline("01:45 x", "2026-04-05", lh); !strings.Contains(e.Problem, "twice") {
			t.Errorf("Lord Howe 01:45 on its change day: %q", e.Problem)
		}
	}
}
