package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// TestSetupShowsALargeRoomAt80x24: with twelve attendees at 80x24 the
// Attendees field shows how its list starts (not only its tail), every
// attendee is listed, and the agenda line is still on the screen.
func TestSetupShowsALargeRoomAt80x24(t *testing.T) {
	att := []model.Attendee{{Name: "Ana", Role: model.RoleFacilitator}, {Name: "Bo", Role: model.RoleScribe}}
	for i := range 10 {
		att = append(att, model.Attendee{Name: fmt.Sprintf("Guest%d", i+1), Role: model.RoleParticipant})
	}
	c := &clock{t: meetingStart}
	m, err := New(Options{Now: c.now, Store: &memStore{}, Setup: model.Setup{Title: "Checkout errors", Service: "payments",
		Severity: model.SEV2, Attendees: att}})
	if err != nil {
		t.Fatal(err)
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	s := plain(m)
	field := ""
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "Attendees ") {
			field = l
		}
	}
	if !strings.Contains(field, "Ana:facilitator, Bo:scribe") {
		t.Errorf("the Attendees field does not show how it starts: %q", field)
	}
	for _, a := range att {
		mustContain(t, s, a.Name+" — ")
	}
	mustContain(t, s, "Agenda: ", "ctrl+n start the meeting")
}
