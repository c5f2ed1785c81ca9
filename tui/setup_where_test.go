package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// pathStore is a store in memory that says it writes to path.
type pathStore struct {
	memStore
	path string
}

func (s *pathStore) Path() string { return s.path }

// TestSetupSaysWhereTheSessionGoes: the setup screen names the session
// file before the meeting starts, safe for the terminal (a path's escape
// codes are shown inert) and shortened to fit, keeping the file's name.
func TestSetupSaysWhereTheSessionGoes(t *testing.T) {
	long := "/home/ana/postmortems/2026/november/payments/checkout/reviews/checkout-errors.debrief.yaml"
	for _, tc := range []struct {
		path string
		w    int
		want string
	}{
		{"reviews/checkout.debrief.yaml", 80, "Saved as you go to reviews/checkout.debrief.yaml"},
		{long, 80, "Saved as you go to …/"},
		{long, 60, "Saved as you go to …/"},
		{"evil\x1b]0;owned\x07.debrief.yaml", 80, "Saved as you go to evil"},
	} {
		m, err := New(Options{Now: (&clock{t: meetingStart}).now, Store: &pathStore{path: tc.path},
			Setup: model.Setup{Title: "Checkout errors"}})
		if err != nil {
			t.Fatal(err)
		}
		m.Update(tea.WindowSizeMsg{Width: tc.w, Height: 24})
		raw := m.View().Content
		if strings.Contains(raw, "\x07") || strings.Contains(raw, "]0;owned\x07") {
			t.Errorf("%q reached the terminal as a control sequence", tc.path)
		}
		s := plain(m)
		mustContain(t, s, tc.want)
		for _, l := range strings.Split(s, "\n") {
			if strings.Contains(l, "Saved as you go") && (!strings.HasSuffix(strings.TrimSpace(l), ".debrief.yaml") || strings.Contains(tc.path, "checkout-errors") && !strings.Contains(l, "/checkout-errors.debrief.yaml")) {
				t.Errorf("%dx24: the file's name is cut: %q", tc.w, l)
			}
		}
	}
}

// TestSetupSaysWhatWasTypedIsBack: a setup opened with fields typed
// before (a killed setup screen's FILE.setup) says so, so the facilitator
// knows why it is not the flags' alone; a fresh one does not.
func TestSetupSaysWhatWasTypedIsBack(t *testing.T) {
	for _, draft := range []map[string]string{nil, {"title": "Queue backlog after failover"}} {
		m, err := New(Options{Now: (&clock{t: meetingStart}).now, Store: &memStore{}, SetupDraft: draft})
		if err != nil {
			t.Fatal(err)
		}
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		s := plain(m)
		if got := strings.Contains(s, "What was typed here before is back"); got != (draft != nil) {
			t.Errorf("draft %v: says it is back %v:\n%s", draft, got, s)
		}
	}
}

// TestSetupFromDraftReadsAsTheScreenDoes: the setup a served meeting
// starts with from a kept draft is the screen's reading of it, over the
// prefill, and a wrong field is named.
func TestSetupFromDraftReadsAsTheScreenDoes(t *testing.T) {
	s, err := SetupFromDraft(model.Setup{Severity: model.SEV1, Service: "flags"},
		map[string]string{"title": "Disk full", "attendees": "Ana:facilitator, Bo:scribe"}, meetingStart)
	if err != nil || s.Title != "Disk full" || s.Service != "flags" || s.Severity != model.SEV1 || len(s.Attendees) != 2 {
		t.Errorf("got %+v, %v", s, err)
	}
	if _, err := SetupFromDraft(model.Setup{}, map[string]string{"date": "yesterday"}, meetingStart); err == nil || !strings.Contains(err.Error(), "Incident date") {
		t.Errorf("a wrong date: %v", err)
	}
}
