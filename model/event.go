package model

import (
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// Kind names what an event records.
type Kind string

// The events of a meeting. The session file is a list of these.
const (
	// SessionCreated opens the log with the setup and the agenda.
	SessionCreated Kind = "session_created"
	// SetupChanged replaces the setup (title, attendees, ...).
	SetupChanged Kind = "setup_changed"
	// PhaseStarted moves the meeting to Phase; the first one starts it.
	PhaseStarted Kind = "phase_started"
	// MeetingEnded leaves the last phase for the wrap-up.
	MeetingEnded Kind = "meeting_ended"
	// TimerPaused and TimerResumed stop and restart the current phase's clock.
	TimerPaused  Kind = "timer_paused"
	TimerResumed Kind = "timer_resumed"
	// TimerExtended gives the current phase Seconds more.
	TimerExtended Kind = "timer_extended"
	// NoteAdded adds note Note in Phase (Section and Parent optional).
	NoteAdded Kind = "note_added"
	// NoteEdited replaces the text of Note.
	NoteEdited Kind = "note_edited"
	// NoteDeleted removes Note (and the whys under it).
	NoteDeleted Kind = "note_deleted"
	// NoteMoved puts Note in Section ("", factor, lucky, parked).
	NoteMoved Kind = "note_moved"
	// FlagDismissed records the facilitator dismissing Rule's flag on Note.
	FlagDismissed Kind = "flag_dismissed"
	// ImpactSet sets impact figure Field to Value ("" clears it).
	ImpactSet Kind = "impact_set"
	// SummarySet sets the postmortem's summary to Text.
	SummarySet Kind = "summary_set"
	// RiskAccepted records (Value "yes" or "no") that stakeholders accept the
	// risk of recurrence without a P0/P1 action item.
	RiskAccepted Kind = "risk_accepted"
	// SessionClosed is written when debrief quits; SessionResumed when it
	// reopens the file. The gap between them is not meeting time.
	SessionClosed  Kind = "session_closed"
	SessionResumed Kind = "session_resumed"
	// DraftAdded adds imported row Draft from Source: Text is its timeline
	// line; DraftEdited replaces it. DraftKept makes it timeline note Note in
	// Phase; DraftDropped leaves it out; DraftRestored brings a dropped one back.
	DraftAdded    Kind = "draft_added"
	DraftEdited   Kind = "draft_edited"
	DraftKept     Kind = "draft_kept"
	DraftDropped  Kind = "draft_dropped"
	DraftRestored Kind = "draft_restored"
	// ActionStatusSet marks action item Note done or open (Value), Text
	// saying how it was learned. TicketLinked records the ticket (Value, a
	// URL or key) tracker Field opened for it; TicketExported that it went to
	// tracker import Field (written to Value), so it is not sent twice.
	ActionStatusSet Kind = "action_status_set"
	TicketLinked    Kind = "ticket_linked"
	TicketExported  Kind = "ticket_exported"
	// DraftSaved keeps the text being typed in Phase's note box ("" for the
	// wrap-up): Text, what enter would do with it (Field: note, edit, why,
	// summary), the Note it edits or answers, and in Value a new note's
	// text set aside meanwhile. Empty Text and Value clear it.
	DraftSaved Kind = "draft_saved"
)

// Sections a note can be put in.
const (
	SectionNone   = ""
	SectionFactor = "factor"
	SectionLucky  = "lucky"
	SectionParked = "parked"
	SectionWhy    = "why"
)

// Event is one change in the meeting, at a UTC time. Fields not used by
// the kind are left empty.
type Event struct {
	Seq     int            `json:"seq" yaml:"seq"`
	At      time.Time      `json:"at" yaml:"at"`
	Kind    Kind           `json:"kind" yaml:"kind"`
	Phase   string         `json:"phase,omitempty" yaml:"phase,omitempty"`
	Note    int            `json:"note,omitempty" yaml:"note,omitempty"`
	Parent  int            `json:"parent,omitempty" yaml:"parent,omitempty"`
	Section string         `json:"section,omitempty" yaml:"section,omitempty"`
	Text    string         `json:"text,omitempty" yaml:"text,omitempty"`
	Field   string         `json:"field,omitempty" yaml:"field,omitempty"`
	Value   string         `json:"value,omitempty" yaml:"value,omitempty"`
	Seconds int            `json:"seconds,omitempty" yaml:"seconds,omitempty"`
	Rule    string         `json:"rule,omitempty" yaml:"rule,omitempty"`
	Draft   int            `json:"draft,omitempty" yaml:"draft,omitempty"`
	Source  string         `json:"source,omitempty" yaml:"source,omitempty"`
	Setup   *Setup         `json:"setup,omitempty" yaml:"setup,omitempty"`
	Agenda  *agenda.Agenda `json:"agenda,omitempty" yaml:"agenda,omitempty"`

	// Author is who made the change in a served meeting; empty for the
	// host's own keyboard and for sessions from before authorship.
	Author string `json:"author,omitempty" yaml:"author,omitempty"`
}
