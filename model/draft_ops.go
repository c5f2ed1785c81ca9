package model

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// DraftRow is one row an importer read: a UTC time, one line of text, an
// optional marker, and where it came from ("kind:file").
type DraftRow struct {
	At     time.Time
	Text   string
	Tag    Marker
	Source string
}

// Line is the row as the timeline line it is recorded as.
func (r DraftRow) Line() string { return DraftLine(r.At, r.Text, r.Tag) }

// The operations below return the events that make a change; the caller
// stamps their Seq and At, records them and folds them in. They read the
// state but never change it, so a screen or a command can call them alike.

// ImportDrafts returns the events that add rows as drafts, numbered from
// the state's next draft id. A row already imported from the same source
// with the same line is skipped, so importing a file again adds only what
// is new in it.
func ImportDrafts(s *State, rows []DraftRow) []Event {
	seen := make(map[string]bool, len(s.imports.added))
	for _, d := range s.imports.added {
		seen[d.Source+"\x00"+d.Line] = true
	}
	id := s.NextDraftID()
	out := make([]Event, 0, len(rows))
	for _, r := range rows {
		line := r.Line()
		if k := r.Source + "\x00" + line; !seen[k] {
			seen[k] = true
			out = append(out, Event{Kind: DraftAdded, Draft: id, Source: r.Source, Text: line})
			id++
		}
	}
	return out
}

// ErrNoTimelinePhase is returned when the agenda has nowhere to keep rows.
var ErrNoTimelinePhase = errors.New("the agenda has no timeline phase to keep imported rows in")

// KeepDrafts returns the events that keep the pending rows among ids as
// timeline notes, in the order given; rows already kept or dropped are
// skipped, so keeping a selection twice changes nothing.
func KeepDrafts(s *State, ids ...int) ([]Event, error) {
	phase, ok := s.TimelinePhase()
	if !ok {
		return nil, ErrNoTimelinePhase
	}
	note := s.NextNoteID()
	var out []Event
	for _, id := range ids {
		if d, ok := s.imports.byID[id]; ok && d.Status == DraftPending {
			out = append(out, Event{Kind: DraftKept, Draft: id, Note: note, Phase: phase})
			note++
		}
	}
	return out, nil
}

// DropDrafts returns the events that drop the pending rows among ids.
func DropDrafts(s *State, ids ...int) []Event {
	var out []Event
	for _, id := range ids {
		if d, ok := s.imports.byID[id]; ok && d.Status == DraftPending {
			out = append(out, Event{Kind: DraftDropped, Draft: id})
		}
	}
	return out
}

// RestoreDraft returns the event that brings a dropped row back to review.
func RestoreDraft(s *State, id int) (Event, error) {
	d, ok := s.imports.byID[id]
	if !ok || d.Status != DraftDroppedStatus {
		return Event{}, fmt.Errorf("draft %d is not dropped", id)
	}
	return Event{Kind: DraftRestored, Draft: id}, nil
}

// EditDraft returns the event that rewrites a pending row from what the
// scribe typed: a timeline line with a time (read in the incident date and
// input zone, like a typed note) moves the row; text without one keeps the
// row's time. Markers typed (#detected) become the row's tags.
func EditDraft(s *State, id int, typed string) (Event, error) {
	d, ok := s.imports.byID[id]
	if !ok {
		return Event{}, fmt.Errorf("no draft %d", id)
	}
	if d.Status != DraftPending {
		return Event{}, fmt.Errorf("draft %d is %s", id, d.Status)
	}
	e := ParseTimeline(typed, s.IncidentDate(), s.InputZone())
	at, text, marks := e.At, e.Text, e.Markers
	if !e.HasTime {
		if e.Problem != ProblemNoTime {
			return Event{}, errors.New(e.Problem)
		}
		at = d.Entry.At
		text, marks = stripMarkers(strings.TrimSpace(typed))
	}
	if strings.TrimSpace(text) == "" {
		return Event{}, errors.New("the row has no text")
	}
	var b strings.Builder
	b.WriteString(text)
	for _, m := range marks {
		b.WriteString(" #" + string(m))
	}
	return Event{Kind: DraftEdited, Draft: id, Text: DraftLine(at, b.String(), "")}, nil
}

// DraftSource is one source of imported rows and how many of its rows
// there are and still wait.
type DraftSource struct {
	Source         string
	Total, Pending int
}

// DraftSources lists the sources rows were imported from, in the order
// they were first imported, for the screen's filter.
func (s *State) DraftSources() []DraftSource {
	var out []DraftSource
	at := map[string]int{}
	for _, d := range s.imports.added {
		i, ok := at[d.Source]
		if !ok {
			i = len(out)
			at[d.Source] = i
			out = append(out, DraftSource{Source: d.Source})
		}
		out[i].Total++
		if d.Status == DraftPending {
			out[i].Pending++
		}
	}
	return out
}
