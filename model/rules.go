package model

import (
	"strings"
	"time"
)

// NextPhase is what "next phase" records in state s: the next phase's
// start, or the end of the meeting after the last phase. It reports false
// before the meeting starts and in the wrap-up, where there is no next.
func NextPhase(s *State) (Event, bool) {
	switch {
	case !s.Started() || s.Ended():
		return Event{}, false
	case s.Current+1 >= len(s.Agenda.Phases):
		return Event{Kind: MeetingEnded}, true
	}
	return Event{Kind: PhaseStarted, Phase: s.Agenda.Phases[s.Current+1].ID}, true
}

// PrevPhase is what "previous phase" records in state s: the start of the
// phase before the current one, or of the last phase from the wrap-up. It
// reports false at the first phase and before the meeting starts.
func PrevPhase(s *State) (Event, bool) {
	if s.Current <= 0 {
		return Event{}, false
	}
	i := min(s.Current, len(s.Agenda.Phases)) - 1
	return Event{Kind: PhaseStarted, Phase: s.Agenda.Phases[i].ID}, true
}

// RestoreEvents are the events that put note id back as it is now, with
// its whys and dismissed flags: taken before a delete, they undo it.
func (s *State) RestoreEvents(id int) []Event {
	n, ok := s.notes[id]
	if !ok {
		return nil
	}
	section := n.Section
	if section == SectionWhy {
		section = SectionNone
	}
	out := []Event{{Kind: NoteAdded, Note: n.ID, Phase: n.Phase, Section: section, Parent: n.Parent, Text: n.Text}}
	for _, r := range n.Dismissed {
		out = append(out, Event{Kind: FlagDismissed, Note: n.ID, Rule: r})
	}
	for _, w := range s.whys[id] {
		out = append(out, s.RestoreEvents(w)...)
	}
	return out
}

// DeepestWhy is the last why of the chain under note id (id itself when it
// has none): asking why again grows the chain downwards.
func (s *State) DeepestWhy(id int) int {
	for ws := s.whys[id]; len(ws) > 0; ws = s.whys[id] {
		id = ws[len(ws)-1]
	}
	return id
}

// ActionFields are an action item's fields as typed in a form, one value
// per field; empty values are left out.
type ActionFields struct {
	What, Owner, Due, Ticket, Priority, Type string
}

// Fields splits an item into the values a form shows.
func (a ActionItem) Fields() ActionFields {
	f := ActionFields{What: a.What, Owner: a.Owner, Ticket: a.Ticket, Priority: a.Priority, Type: a.Type}
	if !a.Due.IsZero() {
		f.Due = a.Due.Format(time.DateOnly)
	}
	return f
}

// ActionFromFields reads a form's fields as the one-line syntax would, so
// ParseAction stays the one owner of what a field means: an owner without
// "@" gets one, a bare due date gets "due:", a ticket gets "ticket:".
// meeting is the meeting's time, for relative due dates.
func ActionFromFields(f ActionFields, meeting time.Time) ActionItem {
	var parts []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	add(f.What)
	if o := strings.Join(strings.Fields(f.Owner), ""); o != "" {
		switch {
		case strings.HasPrefix(o, "@"):
		case strings.Contains(o, "@"):
			o = "owner:" + o
		default:
			o = "@" + o
		}
		add(o)
	}
	if d := strings.TrimSpace(f.Due); d != "" {
		add("due:" + strings.TrimPrefix(d, "due:"))
	}
	if t := strings.TrimSpace(f.Ticket); t != "" {
		add("ticket:" + strings.TrimPrefix(t, "ticket:"))
	}
	add(strings.ToUpper(f.Priority))
	if t := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(f.Type)), "#"); t != "" {
		add("#" + t)
	}
	return ParseAction(strings.Join(parts, " "), meeting)
}
