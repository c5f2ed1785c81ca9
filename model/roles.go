package model

import (
	"fmt"
	"slices"

	"github.com/debrief-dev/debrief/agenda"
)

// Access is what one person in a served meeting may change. The zero value
// is Viewer, so a person whose role was never set can change nothing.
type Access int

// The access levels, from least to most trusted; each is a role a keys file
// can give.
const (
	// Viewer follows the meeting and changes nothing.
	Viewer Access = iota
	// Participant adds notes of their own, and edits only those, in the
	// phases the agenda opens to participants.
	Participant
	// Scribe writes and edits any note.
	Scribe
	// Facilitator drives the meeting: phases, the clock, dismissed
	// flags, export and promoting others; and may write as a scribe.
	Facilitator
)

// Accesses lists every access level, least trusted first.
var Accesses = []Access{Viewer, Participant, Scribe, Facilitator}

// String is the role's name as written in a keys file.
func (r Access) String() string {
	switch r {
	case Viewer:
		return "viewer"
	case Participant:
		return "participant"
	case Scribe:
		return "scribe"
	case Facilitator:
		return "facilitator"
	}
	return fmt.Sprintf("role(%d)", int(r))
}

// ParseAccess reads an access level's name, as written in a keys file.
func ParseAccess(s string) (Access, error) {
	for _, r := range Accesses {
		if r.String() == s {
			return r, nil
		}
	}
	return Viewer, fmt.Errorf("unknown role %q (want facilitator, scribe, participant or viewer)", s)
}

// CanExport reports whether the role may export the postmortem.
func (r Access) CanExport() bool { return r == Facilitator }

// CanPromote reports whether the role may change other people's roles.
func (r Access) CanPromote() bool { return r == Facilitator }

// Policy holds what a served meeting opens to participants.
type Policy struct {
	// OpenPhases are the ids of the phases participants may write in.
	// Nil opens the phases whose capture is in DefaultOpenCaptures.
	OpenPhases []string
}

// DefaultOpenCaptures are the captures participants write in unless the
// meeting says otherwise: what went well, what went poorly and the
// contributing factors, where everyone's own view counts.
var DefaultOpenCaptures = []agenda.Capture{agenda.CaptureWell, agenda.CapturePoorly, agenda.CaptureFactors}

// Open reports whether participants may write in the phase with id phase.
func (p Policy) Open(a *agenda.Agenda, phase string) bool {
	if p.OpenPhases != nil {
		return slices.Contains(p.OpenPhases, phase)
	}
	i := a.Index(phase)
	return i >= 0 && slices.Contains(DefaultOpenCaptures, a.Phases[i].Capture)
}

// Refusal is why an event was not recorded, worded for the person who
// tried it.
type Refusal struct {
	Access Access
	Kind   Kind
	Why    string
}

// Error reads "a viewer cannot ...: why".
func (r *Refusal) Error() string {
	return fmt.Sprintf("a %s cannot record %s: %s", r.Access, r.Kind, r.Why)
}

// Permit reports whether a person with role, known as who, may record ev
// on top of state s: nil when they may, a *Refusal saying why when not.
// It only judges the right to the change; whether the event fits the
// state (the note exists, the phase is in the agenda) is Apply's to say.
func Permit(s *State, p Policy, role Access, who string, ev Event) error {
	refuse := func(format string, args ...any) error {
		return &Refusal{Access: role, Kind: ev.Kind, Why: fmt.Sprintf(format, args...)}
	}
	switch ev.Kind {
	case SessionCreated, SessionClosed, SessionResumed:
		return refuse("only the host opens and closes the session")
	case SetupChanged, PhaseStarted, MeetingEnded, TimerPaused, TimerResumed, TimerExtended,
		FlagDismissed, RiskAccepted, ActionStatusSet, TicketLinked, TicketExported:
		if role != Facilitator {
			return refuse("the facilitator runs the agenda and the clock")
		}
		return nil
	case ImpactSet, SummarySet, Classified,
		DraftAdded, DraftEdited, DraftKept, DraftDropped, DraftRestored:
		// Imported timeline rows are reviewed by whoever keeps the record.
		if role < Scribe {
			return refuse("the scribe and the facilitator keep the record")
		}
		return nil
	case NoteAdded, NoteEdited, NoteDeleted, NoteMoved:
		return permitNote(s, p, role, who, ev, refuse)
	}
	return refuse("unknown kind of change")
}

func permitNote(s *State, p Policy, role Access, who string, ev Event, refuse func(string, ...any) error) error {
	switch role {
	case Scribe, Facilitator:
		return nil
	case Viewer:
		return refuse("viewers follow the meeting read-only")
	}
	if who == "" {
		return refuse("a participant needs a name to own notes")
	}
	// A why is a note of its own under someone's factor: answering
	// another person's factor is adding, not editing. It is taken in the
	// phase of the note it answers.
	phase := ev.Phase
	if id := ev.Parent; ev.Kind == NoteAdded && id != 0 {
		if n, ok := s.Note(id); ok {
			phase = n.Phase
		}
	}
	if ev.Kind != NoteAdded {
		n, ok := s.Note(ev.Note)
		if !ok {
			return nil // Apply refuses a change to a note that does not exist
		}
		if n.Author != who {
			return refuse("participants change only their own notes")
		}
		phase = n.Phase
	}
	if !p.Open(&s.Agenda, phase) {
		return refuse("participants write only in the phases opened to them")
	}
	return nil
}
