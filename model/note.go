package model

import (
	"slices"
	"time"
)

// Note is one captured line: a free note, an impact note, a timeline line,
// a factor or a why under it, an action item, or a parked tangent.
type Note struct {
	ID int
	// Phase is the id of the agenda phase the note was taken in.
	Phase string
	// Section is "", SectionFactor, SectionLucky, SectionParked or SectionWhy.
	Section string
	// Parent is the note a why answers (0 for none).
	Parent int
	Text   string
	// Author is who added the note in a served meeting ("" when unknown).
	Author string
	// Added is when the note was committed; Edited when last changed.
	Added  time.Time
	Edited time.Time
	// Dismissed holds the ids of the phrasing rules whose flags the
	// facilitator dismissed on this note, sorted.
	Dismissed []string
}

// IsDismissed reports whether rule's flag was dismissed on the note.
func (n *Note) IsDismissed(rule string) bool {
	_, ok := slices.BinarySearch(n.Dismissed, rule)
	return ok
}

func (n *Note) dismiss(rule string) {
	if i, ok := slices.BinarySearch(n.Dismissed, rule); !ok {
		n.Dismissed = slices.Insert(n.Dismissed, i, rule)
	}
}
