package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The read-only screens (replay, follow, a served meeting's viewers)
// scroll the meeting one way: the pager's keys (↑/k ↓/j pgup/b pgdn),
// over the wrap-up's lines or the notes of the phase on screen, stopping
// at the first and the last.

// readScrollable is whether the read-only screen has more to show than
// fits: the wrap-up's lines, or the notes of the phase on screen.
func readScrollable(s *meetingScreen) bool {
	if s.st.Ended() {
		return len(s.wrap.lines) > s.wrap.height
	}
	return s.list.hidden
}

// readScroll scrolls a read-only screen for the pager's keys; it reports
// whether msg was one of them. In the list the note reached stays in
// view rather than the newest.
func readScroll(s *meetingScreen, msg tea.KeyPressMsg) bool {
	if s.st.Ended() {
		if !s.wrap.Update(msg) {
			return false
		}
		s.refresh()
		return true
	}
	k := s.c.keys.Pager
	page := max(1, s.list.height/2)
	var delta int
	switch {
	case key.Matches(msg, k.Up):
		delta = -1
	case key.Matches(msg, k.Down):
		delta = 1
	case key.Matches(msg, k.PageUp):
		delta = -page
	case key.Matches(msg, k.PageDown):
		delta = page
	default:
		return false
	}
	if len(s.list.rows) == 0 {
		return true
	}
	if s.focus != focusList {
		s.list.selectID(0)
		s.setFocus(focusList)
	}
	if delta == 1 || delta == -1 {
		stepList(&s.list, delta)
	} else {
		s.list.move(s.list.sel + delta)
	}
	s.refresh()
	return true
}

// readScrollKeys is how the read-only screens name their scroll keys.
const readScrollKeys = "↑/↓ pgup/pgdn"

// readScrollHelp names the scroll keys on a read-only help line, off
// while there is nothing more to show.
func readScrollHelp(s *meetingScreen) key.Binding {
	return enabled(bind(readScrollKeys, "scroll", "up", "down", "pgup", "pgdown"), s != nil && readScrollable(s))
}

// follow puts the replayed screen back to following the newest note:
// what was scrolled to gives way to what just happened.
func (r *Replay) follow() {
	if r.screen.focus != focusType {
		r.screen.setFocus(focusType)
	}
}
