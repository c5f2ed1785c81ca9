package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// reviewKey handles a key on the timeline phase's review pane; false
// passes it to the notes list, which then acts on the note under the
// cursor (a typed note, or what a kept row became) or on none.
func reviewKey(s *meetingScreen, msg tea.KeyPressMsg) (outcome, bool) {
	r := &s.imports
	var o outcome
	if r.ask.open() {
		if key.Matches(msg, s.c.keys.Form.Help) {
			return outcome{help: true}, true
		}
		o.cmd = r.ask.key(s, msg)
		return o, true
	}
	k := r.keys()
	if key.Matches(msg, k.Import) {
		r.ask.start()
		s.setStatus("", false)
		return o, true
	}
	if !r.active() {
		return o, false
	}
	lk := s.c.keys.List
	switch {
	case key.Matches(msg, lk.Up):
		r.move(r.sel - 1)
	case key.Matches(msg, lk.Down):
		r.move(r.sel + 1)
	case key.Matches(msg, lk.Top):
		r.move(0)
	case key.Matches(msg, lk.Bottom):
		r.move(len(r.items) - 1)
	case key.Matches(msg, k.NextPending):
		r.nextPending()
	case key.Matches(msg, k.Filter):
		r.cycle()
		s.setStatus("showing "+r.sourceLabel(), false)
	case key.Matches(msg, k.Select):
		if r.anchor >= 0 {
			r.anchor = -1
		} else {
			r.anchor = r.sel
		}
	case key.Matches(msg, k.Keep):
		ids := r.targets()
		evs, err := model.KeepDrafts(s.st, ids...)
		if err != nil {
			s.setStatus(err.Error(), true)
			break
		}
		o.add(evs...)
		r.decided(s, len(evs), "kept", "into the timeline")
	case key.Matches(msg, k.Drop):
		evs := model.DropDrafts(s.st, r.targets()...)
		o.add(evs...)
		r.drops.push(evs)
		r.decided(s, len(evs), "dropped", "(u restores)")
	case key.Matches(msg, k.Restore):
		evs := restoreRows(r, s)
		if len(evs) == 0 && len(r.drops) == 0 && r.anchor < 0 {
			// Nothing of the review's to put back: u is the notes
			// list's undo of a delete.
			syncList(s)
			return o, false
		}
		o.add(evs...)
		r.anchor = -1
		s.setStatus(fmt.Sprintf("restored %d %s to review", len(evs), plural(len(evs), "row", "rows")), false)
	case key.Matches(msg, k.Edit):
		d := r.current()
		o.add(s.box.draftEvent(s.st)...)
		s.box.editImport(d.ID, d.Body())
		s.setFocus(focusType)
		s.setStatus("editing the imported row: enter saves (a new time moves it), esc cancels"+asideNote(s.box), false)
	default:
		syncList(s)
		return o, false
	}
	syncList(s)
	if len(o.events) == 0 {
		// Events are drawn once folded (followEvents); nothing else is.
		r.refresh()
		s.refresh()
	}
	return o, true
}

// restoreRows brings back the dropped rows under the cursor (or in the
// range); with none there, the rows the last d dropped, wherever they
// are now, and the cursor goes to them.
func restoreRows(r *importReview, s *meetingScreen) []model.Event {
	var evs []model.Event
	back := func(ids []int) {
		for _, id := range ids {
			if ev, err := model.RestoreDraft(s.st, id); err == nil {
				evs = append(evs, ev)
			}
		}
	}
	back(r.targets())
	for len(evs) == 0 && len(r.drops) > 0 {
		last := r.drops.pop()
		back(last)
		for i, it := range r.items {
			if len(evs) > 0 && it.d != nil && it.d.ID == last[0] {
				r.sel = i
				break
			}
		}
	}
	return evs
}

// dropLog is the rows each d dropped, the last on top.
type dropLog [][]int

// push records the rows a drop's events drop.
func (l *dropLog) push(evs []model.Event) {
	if len(evs) == 0 {
		return
	}
	ids := make([]int, len(evs))
	for i, ev := range evs {
		ids[i] = ev.Draft
	}
	*l = append(*l, ids)
}

// pop takes the last drop's rows off the log.
func (l *dropLog) pop() []int {
	last := (*l)[len(*l)-1]
	*l = (*l)[:len(*l)-1]
	return last
}

// syncList points the notes list at the note under the review's cursor,
// so its keys (and their help) act on that note, and on none when the
// cursor is on a row not kept.
func syncList(s *meetingScreen) {
	if !s.imports.active() {
		return
	}
	if id := s.imports.noteAt(); id != 0 {
		if _, ok := s.st.Note(id); ok {
			s.list.selectID(id)
			return
		}
	}
	s.list.restyle(s.list.sel)
	s.list.sel = -1
}

// decided says what a keep or drop did and moves on: past a range, or to
// the next row waiting.
func (r *importReview) decided(s *meetingScreen, n int, did, where string) {
	ranged := r.anchor >= 0
	r.anchor = -1
	s.setStatus(fmt.Sprintf("%s %d %s %s", did, n, plural(n, "row", "rows"), where), false)
	if !ranged && n > 0 {
		// The event is not folded yet: search past this row.
		if p, ok := r.dv.NextPending(r.position()); ok {
			r.move(r.itemAt[p])
		}
	}
}

// editImport puts a pending imported row's text in the box; enter
// rewrites the row (a time typed first moves it), esc leaves it.
func (m *composer) editImport(id int, text string) {
	m.setAside()
	m.box.SetValue(text)
	m.target, m.targetNote = model.DraftImported, id
	m.box.label = fmt.Sprintf("edit draft %d", id)
	m.check()
}
