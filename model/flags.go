package model

import (
	"regexp"

	"github.com/debrief-dev/debrief/agenda"
)

// FlagCount is how many phrasing flags a session leaves open: in all, per
// phase and per note.
type FlagCount struct {
	Total   int
	ByPhase map[string]int
	ByNote  map[int]int
}

// OpenFlags counts the flags check raises on every live note, whys
// included, that the facilitator did not dismiss. check returns the ids
// of the rules that flag a text. The screen, the wrap-up and the export
// count with this one rule.
func (s *State) OpenFlags(check func(text string) []string) FlagCount {
	c := FlagCount{ByPhase: map[string]int{}, ByNote: map[int]int{}}
	for _, n := range s.notes {
		open := 0
		for _, rule := range check(s.FlagText(n)) {
			if !n.IsDismissed(rule) {
				open++
			}
		}
		if open > 0 {
			c.Total += open
			c.ByPhase[n.Phase] += open
			c.ByNote[n.ID] = open
		}
	}
	return c
}

// timePrefix matches the date and time a timeline line starts with.
var timePrefix = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(:\d{2})?(\s*(Z|UTC)\b)?\s*[-:|]?\s*`)

// TimePrefixLen is the length of the date and time a timeline line
// starts with (0 when it starts with neither).
func TimePrefixLen(line string) int {
	if loc := timePrefix.FindStringIndex(line); loc != nil {
		return loc[1]
	}
	return 0
}

// FlagText is the part of a note the phrasing checker reads: in a
// timeline phase the event after its time, as the note box checks it
// while the line is typed, so "09:20 Who deployed this?" keeps the flag
// the scribe saw once it is committed; elsewhere the whole text.
func (s *State) FlagText(n *Note) string {
	for _, p := range s.Agenda.Phases {
		if p.ID == n.Phase {
			if p.Capture == agenda.CaptureTimeline {
				return n.Text[TimePrefixLen(n.Text):]
			}
			break
		}
	}
	return n.Text
}
