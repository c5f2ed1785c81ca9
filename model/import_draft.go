package model

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// DraftStatus is where an imported row stands in the room's review.
type DraftStatus int

// An imported row waits as a draft until the room keeps it (it becomes a
// timeline note) or drops it (it stays out of the postmortem).
const (
	DraftPending DraftStatus = iota
	DraftKeptStatus
	DraftDroppedStatus
)

// String names the status as the screen and messages show it.
func (d DraftStatus) String() string {
	switch d {
	case DraftKeptStatus:
		return "kept"
	case DraftDroppedStatus:
		return "dropped"
	}
	return "draft"
}

// ImportedDraft is one imported timeline row the room has not yet agreed on.
type ImportedDraft struct {
	ID int
	// Source names where the row came from as "kind:file", such as
	// "pagerduty:incident-log.json".
	Source string
	// Line is the row as a timeline line with a UTC date and time, the text
	// the note gets when the row is kept.
	Line string
	// Entry is Line parsed; its time sorts the drafts.
	Entry  TimelineEntry
	Status DraftStatus
	// Note is the timeline note a kept row became (0 until kept).
	Note  int
	Added time.Time
}

// SourceKind is the importer part of Source ("pagerduty").
func (d *ImportedDraft) SourceKind() string { k, _, _ := strings.Cut(d.Source, ":"); return k }

// Body is the row as the scribe edits it: the text with its markers,
// without the date and time, which an edit keeps unless a new one is typed.
func (d *ImportedDraft) Body() string {
	var b strings.Builder
	b.WriteString(d.Entry.Text)
	for _, m := range d.Entry.Markers {
		b.WriteString(" #" + string(m))
	}
	return strings.TrimSpace(b.String())
}

// draftBook holds the drafts of a state. order is their time order, built
// when first asked for after a change that can move a row (an add, an edit,
// a restore); gen counts those changes so a screen's view knows to rebuild.
type draftBook struct {
	byID    map[int]*ImportedDraft
	added   []*ImportedDraft
	order   []*ImportedDraft
	gen     int
	pending int
	nextID  int
}

// DraftLine writes an imported row as the timeline line it becomes: the UTC
// date and time, the text, and the marker as a #tag. ParseTimeline reads it
// back to the same time, text and marker whatever the input time zone.
func DraftLine(at time.Time, text string, tag Marker) string {
	layout := "2006-01-02 15:04"
	if at.Second() != 0 {
		layout = "2006-01-02 15:04:05"
	}
	var b strings.Builder
	b.WriteString(at.UTC().Format(layout))
	b.WriteString(" UTC ")
	text = strings.TrimSpace(text)
	// A text starting with a separator would lose it to the parser.
	for _, sep := range [...]string{"-", ":", "|", "–", "—"} {
		if strings.HasPrefix(text, sep) {
			b.WriteString("- ")
			break
		}
	}
	b.WriteString(text)
	if tag != "" {
		b.WriteString(" #" + string(tag))
	}
	return b.String()
}

// ParseMarker reads a tag as typed in an import ("detected", "#Detected").
func ParseMarker(s string) (Marker, bool) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "#") {
		s = "#" + s
	}
	return markerWord(s)
}

// Drafts lists every imported row in time order (rows without a time
// last, in the order added), kept and dropped ones included. The slice is
// the state's own: do not change it. The first call after an import or an
// edit sorts, so a screen calls it (or NewDraftView) from Update, not View.
func (s *State) Drafts() []*ImportedDraft {
	b := &s.imports
	if b.order == nil && len(b.added) > 0 {
		b.order = slices.Clone(b.added)
		slices.SortStableFunc(b.order, compareDrafts)
	}
	return b.order
}

func compareDrafts(a, b *ImportedDraft) int {
	switch {
	case a.Entry.HasTime != b.Entry.HasTime:
		if a.Entry.HasTime {
			return -1
		}
		return 1
	case !a.Entry.HasTime:
		return a.ID - b.ID
	}
	if c := a.Entry.At.Compare(b.Entry.At); c != 0 {
		return c
	}
	return a.ID - b.ID
}

// Draft returns an imported row by id.
func (s *State) ImportedDraft(id int) (*ImportedDraft, bool) {
	d, ok := s.imports.byID[id]
	return d, ok
}

// PendingDrafts is how many imported rows still wait for the room.
func (s *State) PendingDrafts() int { return s.imports.pending }

// DraftCount is how many rows were imported, whatever became of them.
func (s *State) DraftCount() int { return len(s.imports.added) }

// NextDraftID is the id the next imported row should take.
func (s *State) NextDraftID() int { return max(1, s.imports.nextID) }

// DraftGen changes whenever the drafts' order may have changed, so a view
// built from Drafts can tell it must be rebuilt. Keeping or dropping a row
// does not change it: status is read live.
func (s *State) DraftGen() int { return s.imports.gen }

// TimelinePhase is the id of the agenda's first timeline phase, where kept
// rows become notes.
func (s *State) TimelinePhase() (string, bool) {
	for _, p := range s.Agenda.Phases {
		if p.Capture == agenda.CaptureTimeline {
			return p.ID, true
		}
	}
	return "", false
}

func (s *State) applyImport(ev Event) error {
	b := &s.imports
	if b.byID == nil {
		b.byID = map[int]*ImportedDraft{}
	}
	if ev.Kind == DraftAdded {
		switch {
		case ev.Draft <= 0:
			return fmt.Errorf("%s: draft id %d must be positive", ev.Kind, ev.Draft)
		case b.byID[ev.Draft] != nil:
			return fmt.Errorf("%s: draft %d already exists", ev.Kind, ev.Draft)
		case ev.Source == "":
			return fmt.Errorf("%s: draft %d has no source", ev.Kind, ev.Draft)
		}
		d := &ImportedDraft{ID: ev.Draft, Source: ev.Source, Line: ev.Text, Entry: ParseTimeline(ev.Text, "", nil), Added: ev.At}
		b.byID[d.ID] = d
		b.added = append(b.added, d)
		b.pending++
		b.nextID = max(b.nextID, d.ID+1)
		b.changed()
		return nil
	}
	d := b.byID[ev.Draft]
	if d == nil {
		return fmt.Errorf("%s: no draft %d", ev.Kind, ev.Draft)
	}
	switch ev.Kind {
	case DraftEdited:
		if d.Status != DraftPending {
			return fmt.Errorf("%s: draft %d is %s", ev.Kind, d.ID, d.Status)
		}
		d.Line, d.Entry = ev.Text, ParseTimeline(ev.Text, "", nil)
		b.changed()
	case DraftKept:
		if d.Status != DraftPending {
			return fmt.Errorf("%s: draft %d is %s", ev.Kind, d.ID, d.Status)
		}
		if i := s.Agenda.Index(ev.Phase); i < 0 || s.Agenda.Phases[i].Capture != agenda.CaptureTimeline {
			return fmt.Errorf("%s: %q is not a timeline phase", ev.Kind, ev.Phase)
		}
		if err := s.addNote(Event{Kind: ev.Kind, At: ev.At, Note: ev.Note, Phase: ev.Phase, Text: d.Line}); err != nil {
			return err
		}
		d.Status, d.Note = DraftKeptStatus, ev.Note
		b.pending--
	case DraftDropped:
		if d.Status != DraftPending {
			return fmt.Errorf("%s: draft %d is %s", ev.Kind, d.ID, d.Status)
		}
		d.Status = DraftDroppedStatus
		b.pending--
	case DraftRestored:
		if d.Status != DraftDroppedStatus {
			return fmt.Errorf("%s: draft %d is %s, not dropped", ev.Kind, d.ID, d.Status)
		}
		d.Status = DraftPending
		b.pending++
		b.changed()
	}
	return nil
}

// changed forgets the time order and tells views to rebuild.
func (b *draftBook) changed() {
	b.order = nil
	b.gen++
}
