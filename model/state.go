package model

import (
	"fmt"
	"slices"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// State is the meeting as a fold of its events. The live app, resume,
// export and replay all build it the same way: Fold, or Apply one at a time.
type State struct {
	Setup  Setup
	Agenda agenda.Agenda
	// Created is when the session began; LastAt the time of the newest event.
	Created time.Time
	LastAt  time.Time
	// Current is the phase in progress: -1 before the meeting starts and
	// len(Agenda.Phases) in the wrap-up after the last phase.
	Current int
	Paused  bool
	// Closed is true between a session_closed event and the next resume.
	Closed bool
	// Timers holds each phase's clock, in agenda order.
	Timers []agenda.Timer
	// Impact holds the impact figures by field name.
	Impact       map[string]string
	Summary      string
	RiskAccepted bool
	// Trigger is the taxonomy's trigger chosen for the incident, or "".
	Trigger string
	// FactorKinds holds the taxonomy's kind chosen for each factor note.
	FactorKinds map[int]string
	// Count is how many events have been applied.
	Count int

	notes   map[int]*Note
	byPhase map[string][]int
	whys    map[int][]int
	nextID  int
	imports draftBook
	actions map[int]*Tracking
	// drafts holds each phase's unfinished note box text; see DraftOf.
	drafts map[string]Draft
}

// New returns the empty state before any event.
func New() *State {
	return &State{
		Current: -1,
		Impact:  map[string]string{},
		notes:   map[int]*Note{},
		byPhase: map[string][]int{},
		whys:    map[int][]int{},
		nextID:  1,
	}
}

// Fold applies events in order to a new state.
func Fold(events []Event) (*State, error) {
	s := New()
	for _, ev := range events {
		if err := s.Apply(ev); err != nil {
			return s, err
		}
	}
	return s, nil
}

// Started reports whether the first phase has begun.
func (s *State) Started() bool { return s.Current >= 0 }

// Ended reports whether the meeting is in its wrap-up.
func (s *State) Ended() bool { return s.Current >= len(s.Agenda.Phases) && s.Current >= 0 }

// Phase returns the current phase, if the meeting is in one.
func (s *State) Phase() (agenda.Phase, bool) {
	if s.Current < 0 || s.Current >= len(s.Agenda.Phases) {
		return agenda.Phase{}, false
	}
	return s.Agenda.Phases[s.Current], true
}

// Timer returns the current phase's clock.
func (s *State) Timer() agenda.Timer {
	if _, ok := s.Phase(); !ok {
		return agenda.Timer{}
	}
	return s.Timers[s.Current]
}

// Elapsed is the meeting's total time in phases by now.
func (s *State) Elapsed(now time.Time) time.Duration {
	var d time.Duration
	for _, t := range s.Timers {
		d += t.Elapsed(now)
	}
	return d
}

// NextNoteID is the id the next added note should take.
func (s *State) NextNoteID() int { return s.nextID }

// Note returns a live note by id.
func (s *State) Note(id int) (*Note, bool) {
	n, ok := s.notes[id]
	return n, ok
}

// Notes lists the top-level notes taken in a phase, oldest first, parked
// ones included (check Section). The slice must not be changed.
func (s *State) Notes(phase string) []int { return s.byPhase[phase] }

// Whys lists the ids of the whys under a note, in order.
func (s *State) Whys(id int) []int { return s.whys[id] }

// NoteCount is how many live notes there are, whys included.
func (s *State) NoteCount() int { return len(s.notes) }

// Parked lists the parked notes of every phase, in agenda order.
func (s *State) Parked() []*Note {
	var out []*Note
	for _, p := range s.Agenda.Phases {
		for _, id := range s.byPhase[p.ID] {
			if n := s.notes[id]; n.Section == SectionParked {
				out = append(out, n)
			}
		}
	}
	return out
}

// captured lists the top-level notes of every phase with capture c, in
// agenda and entry order, parked tangents left out.
func (s *State) captured(c agenda.Capture) []*Note {
	var out []*Note
	for _, p := range s.Agenda.Phases {
		if p.Capture != c {
			continue
		}
		for _, id := range s.byPhase[p.ID] {
			if n := s.notes[id]; n.Section != SectionParked {
				out = append(out, n)
			}
		}
	}
	return out
}

// IncidentDate is the date timeline times without one fall on: the
// setup's incident date, or the day the session began if that is unset
// or not a date.
func (s *State) IncidentDate() string {
	if _, _, _, ok := parseDate(s.Setup.IncidentDate); ok {
		return s.Setup.IncidentDate
	}
	return s.Created.UTC().Format(time.DateOnly)
}

// Apply folds one event into the state. An event that does not fit (a note
// that does not exist, an unknown phase) is refused with an error and the
// state is left as it was.
func (s *State) Apply(ev Event) error {
	if s.Count == 0 && ev.Kind != SessionCreated {
		return fmt.Errorf("the first event must be %s, not %q", SessionCreated, ev.Kind)
	}
	if err := s.apply(ev); err != nil {
		return err
	}
	s.Count++
	if ev.At.After(s.LastAt) {
		s.LastAt = ev.At
	}
	return nil
}

func (s *State) apply(ev Event) error {
	at := ev.At
	switch ev.Kind {
	case SessionCreated:
		if s.Count > 0 {
			return fmt.Errorf("%s may only open the log", ev.Kind)
		}
		if ev.Agenda == nil || len(ev.Agenda.Phases) == 0 {
			return fmt.Errorf("%s has no agenda phases", ev.Kind)
		}
		if ev.Setup != nil {
			s.Setup = *ev.Setup
		}
		s.Agenda = *ev.Agenda
		s.Created = at
		s.Timers = make([]agenda.Timer, len(s.Agenda.Phases))
		for i, p := range s.Agenda.Phases {
			s.Timers[i].Planned = p.Planned()
		}
	case SetupChanged:
		if ev.Setup == nil {
			return fmt.Errorf("%s has no setup", ev.Kind)
		}
		s.Setup = *ev.Setup
	case PhaseStarted:
		i := s.Agenda.Index(ev.Phase)
		if i < 0 {
			return fmt.Errorf("%s: no phase %q in the agenda", ev.Kind, ev.Phase)
		}
		s.stopClock(at)
		s.Current, s.Paused = i, false
		s.startClock(at)
	case MeetingEnded:
		s.stopClock(at)
		s.Current, s.Paused = len(s.Agenda.Phases), false
	case TimerPaused:
		s.stopClock(at)
		s.Paused = true
	case TimerResumed:
		s.Paused = false
		s.startClock(at)
	case TimerExtended:
		if _, ok := s.Phase(); !ok {
			return fmt.Errorf("%s outside a phase", ev.Kind)
		}
		s.Timers[s.Current] = s.Timers[s.Current].Extend(time.Duration(ev.Seconds) * time.Second)
	case SessionClosed:
		s.stopClock(at)
		s.Closed = true
	case SessionResumed:
		if !s.Closed {
			// The process died without closing: the meeting's clock stops
			// at the last thing it recorded.
			s.stopClock(s.LastAt)
		}
		s.Closed = false
		if !s.Paused {
			s.startClock(at)
		}
	case NoteAdded:
		return s.addNote(ev)
	case NoteEdited:
		n, err := s.live(ev)
		if err != nil {
			return err
		}
		n.Text, n.Edited = ev.Text, at
	case NoteDeleted:
		n, err := s.live(ev)
		if err != nil {
			return err
		}
		s.deleteNote(n)
	case NoteMoved:
		n, err := s.live(ev)
		if err != nil {
			return err
		}
		switch ev.Section {
		case SectionNone, SectionFactor, SectionLucky, SectionParked:
		default:
			return fmt.Errorf("%s: unknown section %q", ev.Kind, ev.Section)
		}
		if n.Parent != 0 {
			return fmt.Errorf("%s: note %d is a why and cannot move", ev.Kind, n.ID)
		}
		n.Section, n.Edited = ev.Section, at
	case FlagDismissed:
		n, err := s.live(ev)
		if err != nil {
			return err
		}
		if ev.Rule == "" {
			return fmt.Errorf("%s: no rule", ev.Kind)
		}
		n.dismiss(ev.Rule)
	case ImpactSet:
		if ev.Field == "" {
			return fmt.Errorf("%s: no field", ev.Kind)
		}
		if ev.Value == "" {
			delete(s.Impact, ev.Field)
		} else {
			s.Impact[ev.Field] = ev.Value
		}
	case SummarySet:
		s.Summary = ev.Text
	case RiskAccepted:
		s.RiskAccepted = ev.Value == "yes"
	case DraftAdded, DraftEdited, DraftKept, DraftDropped, DraftRestored:
		return s.applyImport(ev)
	case ActionStatusSet, TicketLinked, TicketExported:
		return s.applyTracking(ev)
	case Classified:
		return s.classify(ev)
	case DraftSaved:
		return s.applyDraft(ev)
	default:
		return fmt.Errorf("unknown event kind %q", ev.Kind)
	}
	return nil
}

func (s *State) stopClock(at time.Time) {
	if _, ok := s.Phase(); ok {
		s.Timers[s.Current] = s.Timers[s.Current].Stop(at)
	}
}

func (s *State) startClock(at time.Time) {
	if _, ok := s.Phase(); ok && !s.Paused {
		s.Timers[s.Current] = s.Timers[s.Current].Start(at)
	}
}

func (s *State) live(ev Event) (*Note, error) {
	n, ok := s.notes[ev.Note]
	if !ok {
		return nil, fmt.Errorf("%s: no note %d", ev.Kind, ev.Note)
	}
	return n, nil
}

func (s *State) addNote(ev Event) error {
	if ev.Note <= 0 {
		return fmt.Errorf("%s: note id %d must be positive", ev.Kind, ev.Note)
	}
	if _, dup := s.notes[ev.Note]; dup {
		return fmt.Errorf("%s: note %d already exists", ev.Kind, ev.Note)
	}
	if s.Agenda.Index(ev.Phase) < 0 {
		return fmt.Errorf("%s: no phase %q in the agenda", ev.Kind, ev.Phase)
	}
	n := &Note{ID: ev.Note, Phase: ev.Phase, Section: ev.Section, Parent: ev.Parent, Text: ev.Text, Author: ev.Author, Added: ev.At}
	if ev.Parent != 0 {
		if _, ok := s.notes[ev.Parent]; !ok {
			return fmt.Errorf("%s: parent note %d does not exist", ev.Kind, ev.Parent)
		}
		n.Section = SectionWhy
		s.whys[ev.Parent] = append(s.whys[ev.Parent], n.ID)
	} else {
		switch ev.Section {
		case SectionNone, SectionFactor, SectionLucky, SectionParked:
		default:
			return fmt.Errorf("%s: unknown section %q", ev.Kind, ev.Section)
		}
		s.byPhase[ev.Phase] = append(s.byPhase[ev.Phase], n.ID)
	}
	s.notes[n.ID] = n
	if n.ID >= s.nextID {
		s.nextID = n.ID + 1
	}
	return nil
}

func (s *State) deleteNote(n *Note) {
	for _, c := range slices.Clone(s.whys[n.ID]) {
		if child, ok := s.notes[c]; ok {
			s.deleteNote(child)
		}
	}
	delete(s.whys, n.ID)
	if n.Parent != 0 {
		s.whys[n.Parent] = slices.DeleteFunc(s.whys[n.Parent], func(id int) bool { return id == n.ID })
	} else {
		s.byPhase[n.Phase] = slices.DeleteFunc(s.byPhase[n.Phase], func(id int) bool { return id == n.ID })
	}
	delete(s.notes, n.ID)
}
