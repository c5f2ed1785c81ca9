package tui

import (
	"charm.land/bubbles/v2/key"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// reviewItem is one line of the timeline review: an imported row, or a
// timeline note typed in the meeting (d is nil).
type reviewItem struct {
	d    *model.ImportedDraft
	note int
}

// importReview is the timeline phase's pane once rows were imported: the
// imported rows (drafts, kept and dropped) and the notes typed in the
// meeting, in time order, for the room to keep, edit or drop one by one
// or a range at a time. The list is built from a model.DraftView when the
// rows' order changes (an import, an edit, a restore, a note added), not
// when a row is kept or dropped, whose status is read live: a keystroke
// costs the same with ten rows or a thousand.
type importReview struct {
	c  *common
	st *model.State
	dv *model.DraftView
	// source filters the rows ("" for every source, with the typed notes).
	source string
	items  []reviewItem
	// before[i] is how many imported rows come before item i: item i's
	// row, if it has one, is at that position of dv.
	before []int
	// itemAt[p] is the item showing position p of dv.
	itemAt []int
	sel    int
	// anchor is where a range selection started, -1 when none.
	anchor        int
	kept, dropped int
	focused       bool
	width, height int
	// ask is the prompt for more files to import.
	ask importPrompt
	// drops are the rows each d dropped, the last on top: u with the
	// cursor on a row not dropped restores the last of them, so a drop
	// is undone without looking for the row.
	drops dropLog
	drawn string
}

func newImportReview(c *common, st *model.State) importReview {
	return importReview{c: c, st: st, anchor: -1, ask: importPrompt{c: c}}
}

// timeline reports whether the meeting is in its timeline phase, where
// imported rows are reviewed and more files can be imported.
func (r *importReview) timeline() bool {
	p, ok := r.st.Phase()
	return ok && p.Capture == agenda.CaptureTimeline
}

// active reports whether the review pane replaces the notes list.
func (r *importReview) active() bool { return r.timeline() && r.st.DraftCount() > 0 }

// rebuild lists the rows again from the fold, keeping the selected row
// selected. It runs when their order may have changed, never per key.
func (r *importReview) rebuild() {
	keepD, keepN := r.selected()
	r.items, r.before, r.itemAt = r.items[:0], r.before[:0], r.itemAt[:0]
	r.dv = nil
	if !r.active() {
		r.anchor = -1
		r.refresh()
		return
	}
	r.dv = model.NewDraftView(r.st, r.source)
	r.kept, r.dropped = 0, 0
	fromDraft := map[int]bool{}
	for _, d := range r.st.Drafts() {
		switch d.Status {
		case model.DraftKeptStatus:
			r.kept++
			fromDraft[d.Note] = true
		case model.DraftDroppedStatus:
			r.dropped++
		}
	}
	var notes []model.TimelineEntry
	if r.source == "" {
		for _, e := range r.st.Timeline() {
			if !fromDraft[e.Note] {
				notes = append(notes, e)
			}
		}
	}
	i, j := 0, 0
	for i < r.dv.Len() || j < len(notes) {
		r.before = append(r.before, i)
		if j >= len(notes) || (i < r.dv.Len() && !entryBefore(notes[j], r.dv.Row(i).Entry)) {
			r.itemAt = append(r.itemAt, len(r.items))
			r.items = append(r.items, reviewItem{d: r.dv.Row(i)})
			i++
			continue
		}
		r.items = append(r.items, reviewItem{note: notes[j].Note})
		j++
	}
	r.before = append(r.before, i)
	r.sel = r.find(keepD, keepN)
	if r.anchor >= len(r.items) {
		r.anchor = -1
	}
	r.refresh()
}

// entryBefore orders a typed note before an imported row at the same time
// only when strictly earlier; rows without a time go last.
func entryBefore(a, b model.TimelineEntry) bool {
	if a.HasTime != b.HasTime {
		return a.HasTime
	}
	return a.HasTime && a.At.Before(b.At)
}

// find is the item showing draft d or note n, else the first pending row,
// else the top.
func (r *importReview) find(d, n int) int {
	for i, it := range r.items {
		if (d != 0 && it.d != nil && it.d.ID == d) || (n != 0 && it.d == nil && it.note == n) {
			return i
		}
	}
	if p, ok := r.dv.NextPending(-1); ok {
		return r.itemAt[p]
	}
	return 0
}

// selected is the draft id or the note id under the cursor.
func (r *importReview) selected() (draft, note int) {
	if r.sel < 0 || r.sel >= len(r.items) {
		return 0, 0
	}
	if it := r.items[r.sel]; it.d != nil {
		return it.d.ID, 0
	}
	return 0, r.items[r.sel].note
}

// current is the imported row under the cursor, nil on a typed note.
func (r *importReview) current() *model.ImportedDraft {
	if r.sel < 0 || r.sel >= len(r.items) {
		return nil
	}
	return r.items[r.sel].d
}

// noteAt is the note the list's keys act on for the item under the
// cursor: a typed note, or what a kept row became; 0 for a row not kept.
func (r *importReview) noteAt() int {
	if r.sel < 0 || r.sel >= len(r.items) {
		return 0
	}
	it := r.items[r.sel]
	switch {
	case it.d == nil:
		return it.note
	case it.d.Status == model.DraftKeptStatus:
		return it.d.Note
	}
	return 0
}

// follow brings the counts in step with folded events, rebuilding only
// when rows may have moved.
func (r *importReview) follow(evs []model.Event) {
	again := r.dv == nil || r.dv.Stale(r.st) || r.active() != (r.dv != nil)
	for _, ev := range evs {
		switch ev.Kind {
		case model.NoteAdded, model.NoteEdited, model.NoteDeleted, model.SetupChanged,
			model.PhaseStarted, model.MeetingEnded:
			again = true
		}
	}
	if again {
		r.rebuild()
		return
	}
	for _, ev := range evs {
		switch ev.Kind {
		case model.DraftKept:
			r.kept++
		case model.DraftDropped:
			r.dropped++
		}
	}
	r.refresh()
}

func (r *importReview) setSize(w, h int) {
	r.width, r.height = max(1, w), max(0, h)
	r.refresh()
}

// move puts the cursor on item to; the caller redraws.
func (r *importReview) move(to int) { r.sel = max(0, min(to, len(r.items)-1)) }

// position is the view position the cursor stands at or just before.
func (r *importReview) position() int { return r.before[max(0, r.sel)] }

// nextPending moves to the first row still waiting below the cursor,
// wrapping to the top (n is offered only while one waits).
func (r *importReview) nextPending() {
	after := r.position() - 1
	if d := r.current(); d != nil {
		after = r.position()
	}
	p, ok := r.dv.NextPending(after)
	if !ok {
		p, ok = r.dv.NextPending(-1)
	}
	if ok {
		r.move(r.itemAt[p])
	}
}

// targets are the rows a decision applies to: the range when one is
// selected, else the row under the cursor.
func (r *importReview) targets() []int {
	if r.anchor < 0 {
		if d := r.current(); d != nil {
			return []int{d.ID}
		}
		return nil
	}
	a, b := min(r.anchor, r.sel), max(r.anchor, r.sel)
	from, to := r.before[a], r.before[b+1]-1
	if to < from {
		return nil
	}
	return r.dv.IDs(from, to)
}

// cycle shows the next source's rows, or all of them after the last.
func (r *importReview) cycle() {
	srcs := r.st.DraftSources()
	next := ""
	for i, s := range srcs {
		if s.Source == r.source && i+1 < len(srcs) {
			next = srcs[i+1].Source
		}
	}
	if r.source == "" && len(srcs) > 0 {
		next = srcs[0].Source
	}
	r.source, r.anchor = next, -1
	r.rebuild()
}

// keys are the review keys that apply to the row under the cursor, or
// to the range when one is selected.
func (r *importReview) keys() importKeys {
	k := r.c.keys.Imports
	d := r.current()
	ranged := r.anchor >= 0
	status := model.DraftStatus(-1)
	if d != nil {
		status = d.Status
	}
	on := r.active()
	k.Keep = enabled(k.Keep, on && (ranged || status == model.DraftPending))
	k.Drop = enabled(k.Drop, on && (ranged || status == model.DraftPending))
	k.Restore = enabled(k.Restore, on && (ranged || status == model.DraftDroppedStatus || len(r.drops) > 0))
	if on && !ranged && status != model.DraftDroppedStatus && len(r.drops) > 0 {
		k.Restore.SetHelp("u", "undo drop")
	}
	k.Edit = enabled(k.Edit, on && !ranged && status == model.DraftPending)
	k.Select = enabled(k.Select, on)
	k.NextPending = enabled(k.NextPending, on && r.st.PendingDrafts() > 0)
	k.Filter = enabled(k.Filter, on && r.st.DraftCount() > 0)
	k.Import = enabled(k.Import, r.timeline() && !r.ask.running)
	if ranged {
		k.Select.SetHelp("v", "end range")
	}
	return k
}

// ShortHelp is the review keys that work now, for the help line.
func (r *importReview) ShortHelp() []key.Binding {
	k := r.keys()
	return []key.Binding{k.Keep, k.Drop, k.Restore, k.Edit, k.NextPending, k.Select, k.Filter, k.Import}
}

// FullHelp is every review key, what applies here enabled.
func (r *importReview) FullHelp() []key.Binding { return r.keys().bindings() }

// View is the pane as last drawn.
func (r *importReview) View() string { return r.drawn }
