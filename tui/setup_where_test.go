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
