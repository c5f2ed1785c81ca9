package tui

import (
	"sort"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// flagBook holds each committed note's phrasing findings and the open
// counts the agenda column and the wrap-up show. It is kept in step with
// the fold event by event, so no keystroke walks the session.
type flagBook struct {
	checker *phrasing.Checker
	// names are the attendees the checker recognises.
	names []string
	// byText keeps findings by note text, so folding the log again (resume,
	// replay seeking back) does not check the same texts again.
	byText  map[string][]phrasing.Finding
	byNote  map[int][]phrasing.Finding
	open    map[int]int
	phaseOf map[int]string
	byPhase map[string]int
	total   int
}

func newFlagBook(checker *phrasing.Checker) *flagBook {
	return &flagBook{checker: checker, byText: map[string][]phrasing.Finding{}}
}

// rebuild checks every note of the session again.
func (b *flagBook) rebuild(st *model.State) {
	b.byNote, b.open, b.byPhase, b.total = map[int][]phrasing.Finding{}, map[int]int{}, map[string]int{}, 0
	b.phaseOf = map[int]string{}
	var walk func(id int)
	walk = func(id int) {
		b.recheck(st, id)
		for _, w := range st.Whys(id) {
			walk(w)
		}
	}
	for _, p := range st.Agenda.Phases {
		for _, id := range st.Notes(p.ID) {
			walk(id)
		}
	}
}

// setChecker swaps the checker (the attendees changed) and checks again.
func (b *flagBook) setChecker(c *phrasing.Checker, st *model.State) {
	b.checker, b.byText = c, map[string][]phrasing.Finding{}
	b.rebuild(st)
}

// apply follows one event.
func (b *flagBook) apply(st *model.State, ev model.Event) {
	switch ev.Kind {
	case model.NoteAdded, model.NoteEdited, model.FlagDismissed, model.DraftKept:
		b.recheck(st, ev.Note) // a kept imported row is a timeline note too
	case model.NoteDeleted:
		for id := range b.byNote {
			if _, ok := st.Note(id); !ok {
				b.setOpen(id, b.phaseOf[id], 0)
				delete(b.byNote, id)
			}
		}
	}
}

func (b *flagBook) check(text string) []phrasing.Finding {
	if fs, ok := b.byText[text]; ok {
		return fs
	}
	fs := b.checker.Check(text)
	b.byText[text] = fs
	return fs
}

func (b *flagBook) recheck(st *model.State, id int) {
	n, ok := st.Note(id)
	if !ok {
		return
	}
	// The text the export checks: a timeline line's event, not its time,
	// so the count here and the export's flags agree.
	fs := b.check(st.FlagText(n))
	b.byNote[id] = fs
	open := 0
	for _, f := range fs {
		if !n.IsDismissed(f.Rule) {
			open++
		}
	}
	b.setOpen(id, n.Phase, open)
}

func (b *flagBook) setOpen(id int, phase string, open int) {
	old := b.open[id]
	b.total += open - old
	b.byPhase[phase] += open - old
	if open == 0 {
		delete(b.open, id)
		delete(b.phaseOf, id)
	} else {
		b.open[id] = open
		b.phaseOf[id] = phase
	}
}

// openNotes lists the notes with open flags, in id order, for the wrap-up.
func (b *flagBook) openNotes() []int {
	out := make([]int, 0, len(b.open))
	for id := range b.open {
		out = append(out, id)
	}
	sort.Ints(out)
	return out
}

// openFindings are the findings on note n that were not dismissed.
func (b *flagBook) openFindings(n *model.Note) []phrasing.Finding {
	var out []phrasing.Finding
	for _, f := range b.byNote[n.ID] {
		if !n.IsDismissed(f.Rule) {
			out = append(out, f)
		}
	}
	return out
}
