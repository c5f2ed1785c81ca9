package model

import (
	"fmt"
	"slices"
	"time"
)

// Action item statuses, as ActionStatusSet's Value and the export shows them.
const (
	StatusOpen = "open"
	StatusDone = "done"
)

// Tracking is what became of an action item after the meeting: whether it
// is done, the ticket opened for it, and where it was sent.
type Tracking struct {
	// Status is StatusOpen or StatusDone.
	Status string
	// StatusAt is when it was last set; StatusBy says how ("debrief
	// actions done", "jira ENG-12: Done").
	StatusAt time.Time
	StatusBy string
	// Ticket is the ticket's URL or key recorded after the meeting, and
	// Tracker the tracker that holds it ("github", "jira", "linear").
	Ticket  string
	Tracker string
	// Exported lists the tracker imports the item was written to
	// ("jira-csv", "linear-csv"), so it is not sent to one twice.
	Exported []string
}

// Tracking returns what was recorded about action item note after the
// meeting; an item nobody followed up is open with no ticket.
func (s *State) Tracking(note int) Tracking {
	if t, ok := s.actions[note]; ok {
		return *t
	}
	return Tracking{Status: StatusOpen}
}

// TicketOf is the item's ticket: one recorded after the meeting, else the
// one typed in the item.
func (s *State) TicketOf(a ActionItem) string {
	if t := s.Tracking(a.Note).Ticket; t != "" {
		return t
	}
	return a.Ticket
}

func (s *State) applyTracking(ev Event) error {
	n, ok := s.notes[ev.Note]
	if !ok {
		return fmt.Errorf("%s: no note %d", ev.Kind, ev.Note)
	}
	if n.Parent != 0 {
		return fmt.Errorf("%s: note %d is a why, not an action item", ev.Kind, n.ID)
	}
	if s.actions == nil {
		s.actions = map[int]*Tracking{}
	}
	t := s.actions[ev.Note]
	if t == nil {
		t = &Tracking{Status: StatusOpen}
	}
	switch ev.Kind {
	case ActionStatusSet:
		if ev.Value != StatusOpen && ev.Value != StatusDone {
			return fmt.Errorf("%s: status %q: want %s or %s", ev.Kind, ev.Value, StatusOpen, StatusDone)
		}
		t.Status, t.StatusAt, t.StatusBy = ev.Value, ev.At, ev.Text
	case TicketLinked:
		if ev.Value == "" {
			return fmt.Errorf("%s: no ticket", ev.Kind)
		}
		t.Ticket, t.Tracker = ev.Value, ev.Field
	case TicketExported:
		if ev.Field == "" {
			return fmt.Errorf("%s: no tracker", ev.Kind)
		}
		if !slices.Contains(t.Exported, ev.Field) {
			t.Exported = append(slices.Clone(t.Exported), ev.Field)
		}
	}
	s.actions[ev.Note] = t
	return nil
}
