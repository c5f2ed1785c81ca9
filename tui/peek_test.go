package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// slowStore takes its time over every write, as a disk does on a
// loaded machine.
type slowStore struct {
	memStore
	delay time.Duration
}

func (s *slowStore) Append(evs ...model.Event) error {
	time.Sleep(s.delay)
	return s.memStore.Append(evs...)
}

// TestASlowSaveIsStillSeenByTheTests: the tests run a step's saves as
// the runtime would, however long the write takes, so a test about
// saving cannot pass or fail by how busy the machine is.
func TestASlowSaveIsStillSeenByTheTests(t *testing.T) {
	st := &slowStore{delay: 60 * time.Millisecond}
	c := &clock{t: meetingStart}
	m, err := New(Options{Now: c.now, Store: st, Setup: model.Setup{Title: "Checkout errors", Service: "payments", Severity: model.SEV2}})
	if err != nil {
		t.Fatal(err)
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, ctrl('n'))
	send(m, tea.PasteMsg{Content: "The pool ran dry at 09:14"}, enter)
	if len(m.pending) != 0 || m.saving {
		t.Fatalf("the slow save was not waited for: %d events pending, saving %v", len(m.pending), m.saving)
	}
	found := false
	for _, ev := range st.events {
		if ev.Text == "The pool ran dry at 09:14" {
			found = true
		}
	}
	if !found {
		t.Fatalf("the note never reached the store: %+v", st.events)
	}
}
