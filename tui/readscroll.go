package tui

// scrollable is whether the replayed screen has more to show than fits:
// the wrap-up's lines, or the notes of the phase on screen.
func (r *Replay) scrollable() bool {
	s := r.screen
	if s.st.Ended() {
		return len(s.wrap.lines) > s.wrap.height
	}
	return s.list.hidden
}

// scroll moves the replayed pane by delta: lines of the wrap-up, or notes
// of the list, which then keeps the note it reached in view rather than
// the newest.
func (r *Replay) scroll(delta int) {
	s := r.screen
	if s.st.Ended() {
		s.wrap.offset = max(0, s.wrap.offset+delta)
		s.wrap.refresh()
		s.refresh()
		return
	}
	if len(s.list.rows) == 0 {
		return
	}
	if s.focus != focusList {
		s.list.selectID(0)
		s.setFocus(focusList)
	}
	s.list.move(s.list.sel + delta)
	s.refresh()
}

// follow puts the replayed screen back to following the newest note:
// what was scrolled to gives way to what just happened.
func (r *Replay) follow() {
	if r.screen.focus != focusType {
		r.screen.setFocus(focusType)
	}
}
