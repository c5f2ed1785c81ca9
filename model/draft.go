package model

import "fmt"

// Draft targets: what enter would have done with a draft's text.
const (
	DraftNote    = "note"
	DraftEdit    = "edit"
	DraftWhy     = "why"
	DraftSummary = "summary"
	// DraftImported rewrites a pending imported timeline row; Note holds
	// the row's ImportedDraft id.
	DraftImported = "imported"
)

// Draft is the text left in a note box, kept so that a phase change, a
// quit or a crash never loses what someone was typing. It is not a note:
// exports, checks and flag counts ignore it.
type Draft struct {
	// Text is what was in the box.
	Text string
	// Target is DraftNote, DraftEdit, DraftWhy, DraftSummary or
	// DraftImported.
	Target string
	// Note is the note being edited, the note a why answers, or the
	// imported row being rewritten.
	Note int
	// Aside is a new note's text set aside while an edit, a why or the
	// summary is typed; it comes back to the box when that is done.
	Aside string
}

// Empty reports whether the draft holds no text at all.
func (d Draft) Empty() bool { return d.Text == "" && d.Aside == "" }

// DraftEvent returns the event that keeps d as the draft of phase (""
// for the wrap-up). An empty d clears it.
func DraftEvent(phase string, d Draft) Event {
	return Event{Kind: DraftSaved, Phase: phase, Field: d.Target, Note: d.Note, Text: d.Text, Value: d.Aside}
}

// DraftOf returns the draft kept for a phase ("" for the wrap-up). A draft
// that edits or answers a note that has since gone comes back as a new
// note, so its text is never dropped.
func (s *State) DraftOf(phase string) (Draft, bool) {
	d, ok := s.drafts[phase]
	if !ok || d.Empty() {
		return Draft{}, false
	}
	if d.Target == DraftEdit || d.Target == DraftWhy {
		if _, live := s.notes[d.Note]; !live {
			d.Target, d.Note = DraftNote, 0
		}
	}
	if d.Target == DraftImported {
		// A row kept or dropped since: the text is not lost, it is a note.
		if r, ok := s.imports.byID[d.Note]; !ok || r.Status != DraftPending {
			d.Target, d.Note = DraftNote, 0
		}
	}
	return d, true
}

// CurrentPhaseID is the id of the phase in progress, "" before the first
// phase and in the wrap-up (where the box holds the summary).
func (s *State) CurrentPhaseID() string {
	if p, ok := s.Phase(); ok {
		return p.ID
	}
	return ""
}

func (s *State) applyDraft(ev Event) error {
	if ev.Phase != "" && s.Agenda.Index(ev.Phase) < 0 {
		return fmt.Errorf("%s: no phase %q in the agenda", ev.Kind, ev.Phase)
	}
	switch ev.Field {
	case "", DraftNote, DraftEdit, DraftWhy, DraftSummary, DraftImported:
	default:
		return fmt.Errorf("%s: unknown target %q", ev.Kind, ev.Field)
	}
	if s.drafts == nil {
		s.drafts = map[string]Draft{}
	}
	if ev.Text == "" && ev.Value == "" {
		delete(s.drafts, ev.Phase)
		return nil
	}
	target := ev.Field
	if target == "" {
		target = DraftNote
	}
	s.drafts[ev.Phase] = Draft{Text: ev.Text, Target: target, Note: ev.Note, Aside: ev.Value}
	return nil
}
