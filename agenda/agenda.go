// Package agenda holds the review meeting's agenda: the phases, how long
// each runs, what each captures and the prompts the facilitator sees. It
// embeds the default agenda, loads and validates a team's own YAML file, and
// does the pure timer arithmetic for a phase.
package agenda

import "time"

// Capture names the kind of capture a phase uses; it decides what the note
// box understands and where the phase's notes land in the postmortem.
type Capture string

// The capture kinds a phase can use.
const (
	// CaptureOpening is the opening statement: Prime Directive, ground rules, attendees.
	CaptureOpening Capture = "opening"
	// CaptureImpact takes impact figures and notes.
	CaptureImpact Capture = "impact"
	// CaptureTimeline takes "HH:MM event" lines kept in UTC time order.
	CaptureTimeline Capture = "timeline"
	// CaptureWell takes what went well.
	CaptureWell Capture = "well"
	// CapturePoorly takes what didn't go well; notes can be marked as
	// contributing factors (with 5-whys chains) or "where we got lucky".
	CapturePoorly Capture = "poorly"
	// CaptureFactors takes contributing factors directly.
	CaptureFactors Capture = "factors"
	// CaptureLucky takes where we got lucky.
	CaptureLucky Capture = "lucky"
	// CaptureActions takes one-line action items held to the checklist.
	CaptureActions Capture = "actions"
	// CaptureNotes takes free notes.
	CaptureNotes Capture = "notes"
)

// Captures lists every capture kind, in the order they are documented.
var Captures = []Capture{CaptureOpening, CaptureImpact, CaptureTimeline, CaptureWell,
	CapturePoorly, CaptureFactors, CaptureLucky, CaptureActions, CaptureNotes}

// Phase is one timed part of the meeting.
type Phase struct {
	ID      string   `yaml:"id" json:"id"`
	Title   string   `yaml:"title" json:"title"`
	Minutes float64  `yaml:"minutes" json:"minutes"`
	Capture Capture  `yaml:"capture" json:"capture"`
	Prompts []string `yaml:"prompts,omitempty" json:"prompts,omitempty"`
}

// Planned is how long the phase is planned to run.
func (p Phase) Planned() time.Duration {
	return time.Duration(p.Minutes * float64(time.Minute))
}

// Checklist holds the action-item policy a team can tune in its agenda.
type Checklist struct {
	// SEV1Days is the due-date window for SEV-1 action items.
	SEV1Days int `yaml:"sev1_days" json:"sev1_days"`
	// SEV2Days is the due-date window for SEV-2 action items; SEV-3 and
	// lower must be due by the end of the current quarter.
	SEV2Days int `yaml:"sev2_days" json:"sev2_days"`
	// MaxItems is the most action items before "too many" is reported.
	MaxItems int `yaml:"max_items" json:"max_items"`
}

// DefaultChecklist is seed 002's policy: SEV-1 in 14 days, SEV-2 in 28, at most 10 items.
var DefaultChecklist = Checklist{SEV1Days: 14, SEV2Days: 28, MaxItems: 10}

// Agenda is a whole meeting plan.
type Agenda struct {
	Name string `yaml:"name" json:"name"`
	// WarnMinutes is how long before a phase's end the facilitator is warned.
	WarnMinutes float64   `yaml:"warn_minutes" json:"warn_minutes"`
	Checklist   Checklist `yaml:"checklist" json:"checklist"`
	// Taxonomy names the triggers and factor kinds the meeting classifies with.
	Taxonomy Taxonomy `yaml:"taxonomy,omitempty" json:"taxonomy,omitzero"`
	Phases   []Phase  `yaml:"phases" json:"phases"`
}

// WarnBefore is how long before a phase's end the warning shows.
func (a Agenda) WarnBefore() time.Duration {
	return time.Duration(a.WarnMinutes * float64(time.Minute))
}

// Planned is the whole meeting's planned length.
func (a Agenda) Planned() time.Duration {
	var d time.Duration
	for _, p := range a.Phases {
		d += p.Planned()
	}
	return d
}

// Index returns the position of the phase with the given id, or -1.
func (a Agenda) Index(id string) int {
	for i, p := range a.Phases {
		if p.ID == id {
			return i
		}
	}
	return -1
}
