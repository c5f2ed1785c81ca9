package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// outcome is what a key on the meeting screen asks of the root: events to
// record, a command to run, or a screen to open.
type outcome struct {
	events []model.Event
	cmd    tea.Cmd
	export bool
	help   bool
}

func (o *outcome) add(evs ...model.Event) { o.events = append(o.events, evs...) }

// Update handles a key on the meeting screen. A letter that shows the
// list key before it began a typed word takes that key back (see
// wordWatch); otherwise global keys come first, and a focused text box
// gets every other key, letters included.
func (s *meetingScreen) Update(msg tea.KeyPressMsg) outcome {
	w := s.word
	s.word = nil
	switch word, hold := w.next(s, msg); {
	case word:
		return w.takeBack(s, msg)
	case hold:
		o := meetingKey(s, msg)
		s.word = w.also(s.st, o)
		return o
	}
	w = watchWord(s, msg)
	o := meetingKey(s, msg)
	s.word = w.armed(s.st, o)
	return o
}

// meetingKey is a key's own effect on the meeting screen.
func meetingKey(s *meetingScreen, msg tea.KeyPressMsg) outcome {
	var o outcome
	g := s.c.keys.Global
	switch {
	case key.Matches(msg, g.Next):
		ev, ok := model.NextPhase(s.st)
		switch {
		case !ok:
			s.setStatus("the meeting is over: ctrl+p goes back, ctrl+o exports, ctrl+c quits", false)
		case s.closeForm(&o):
			o.add(s.box.draftEvent(s.st)...)
			o.add(ev)
			s.setStatus("", false)
		}
		return o
	case key.Matches(msg, g.Prev):
		ev, ok := model.PrevPhase(s.st)
		switch {
		case !ok:
			s.setStatus("already at the first phase", false)
		case s.closeForm(&o):
			o.add(s.box.draftEvent(s.st)...)
			o.add(ev)
			s.setStatus("went back a phase (recorded)", false)
		}
		return o
	case key.Matches(msg, g.Pause):
		o.add(s.timerEvents(pauseEvents(s.st))...)
		return o
	case key.Matches(msg, g.Extend):
		o.add(s.timerEvents(extendEvents(s.st))...)
		return o
	case key.Matches(msg, g.Export):
		o.add(s.box.draftEvent(s.st)...)
		o.export = true
		return o
	case key.Matches(msg, g.Rhymes) && s.focus != focusForm && s.focus != focusChoose:
		status, cmd := s.rhymes.toggle(s.st)
		s.setStatus(status, false)
		switch vis := s.rhymes.visible(); {
		case !vis && s.focus == focusRhymes:
			s.focus = focusType
		case vis && s.focus == focusList:
			s.focus = focusRhymes
		}
		s.setFocus(s.focus)
		return outcome{cmd: cmd}
	}
	switch s.focus {
	case focusRhymes:
		back, cmd := s.rhymes.Update(msg)
		if back {
			s.setFocus(focusType)
		}
		s.refresh()
		return outcome{cmd: cmd}
	case focusChoose:
		evs, status, done := s.chooser.Update(msg, s.st, s.c.now)
		o.add(evs...)
		s.setStatus(status, !done && status != "")
		if done {
			s.chooser = nil
			s.setFocus(focusList)
		}
		s.refresh()
		return o
	case focusForm:
		return s.updateForm(msg)
	case focusList:
		return s.updateList(msg)
	}
	return s.updateTyping(msg)
}

// closeForm saves an open form before the phase changes or the meeting
// stops, so what was typed in it is not lost; a form that cannot be saved
// keeps the phase where it is and says why.
func (s *meetingScreen) closeForm(o *outcome) bool {
	if s.form == nil {
		return true
	}
	evs, status, err := formEvents(s.form, s.st, s.c.now, s.box.ctx.meeting)
	if err != nil {
		s.form.err = err.Error()
		s.setStatus("the form is not saved yet: "+err.Error()+" (esc drops it)", true)
		o.cmd = tea.Batch(o.cmd, zoneCmd(err))
		s.refresh()
		return false
	}
	o.add(evs...)
	s.form = nil
	s.setStatus(status, false)
	return true
}

// Paste types pasted text into whatever has the keys; on the list it goes
// to the box, which takes the focus.
func (s *meetingScreen) Paste(text string) outcome {
	if s.focus == focusForm && s.form != nil {
		s.form.paste(text)
		s.refresh()
		return outcome{}
	}
	if s.imports.ask.open() {
		s.imports.ask.paste(text)
		return outcome{}
	}
	s.setFocus(focusType)
	s.box.Paste(text)
	return outcome{cmd: s.box.draftLater()}
}

func (s *meetingScreen) setFocus(f focus) {
	s.focus = f
	if s.rhymes != nil {
		s.rhymes.focused = f == focusRhymes
	}
	s.list.setFocus(f == focusList)
	s.imports.focused = f == focusList
	s.imports.refresh()
	syncList(s)
	s.refresh()
}

// pauseEvents are what pausing or restarting the clock records, with
// what to tell the room.
func pauseEvents(st *model.State) ([]model.Event, string) {
	if _, ok := st.Phase(); !ok {
		return nil, ""
	}
	if st.Paused {
		return []model.Event{{Kind: model.TimerResumed}}, "clock running again"
	}
	return []model.Event{{Kind: model.TimerPaused}}, "clock paused: ctrl+t starts it again"
}

// extendEvents give the phase one more minute.
func extendEvents(st *model.State) ([]model.Event, string) {
	if _, ok := st.Phase(); !ok {
		return nil, ""
	}
	return []model.Event{{Kind: model.TimerExtended, Seconds: 60}}, "added a minute"
}

// timerEvents passes a clock change through, saying what it did; a
// minute more means the warning may ring again.
func (s *meetingScreen) timerEvents(evs []model.Event, status string) []model.Event {
	if len(evs) > 0 {
		s.setStatus(status, false)
		if evs[0].Kind == model.TimerExtended {
			s.clock = agenda.Running
		}
	}
	return evs
}

func (s *meetingScreen) updateTyping(msg tea.KeyPressMsg) outcome {
	var o outcome
	if key.Matches(msg, s.c.keys.Typing.TakeSuggestion) {
		// Taking the rewrite is the scribe's answer to the flag: the rows
		// it took go back to the panes at once, not when the note is
		// committed.
		s.under.held = 0
	}
	switch s.box.Update(msg) {
	case composeTyped:
		o.cmd = s.box.draftLater()
	case composeCommit:
		o.add(s.commit(model.SectionNone)...)
	case composePark:
		o.add(s.commit(model.SectionParked)...)
	case composeCancel:
		s.box.finish(composeContextOf(s.st), s.st.Summary)
		o.add(s.box.draftEvent(s.st)...)
		s.setStatus("cancelled: nothing changed", false)
		s.setFocus(focusList)
	case composeToList:
		if s.rhymes.visible() {
			s.setFocus(focusRhymes)
			break
		}
		s.setFocus(focusList)
	case composeHelp:
		o.help = true
	}
	return o
}

// commit records what the box holds: a new note (a pasted block of
// timeline or action lines becomes one note per line), an edit, a why or
// the summary. Work started from the list returns to the list.
func (s *meetingScreen) commit(section string) []model.Event {
	text := strings.TrimSpace(s.box.box.Value())
	target, id := s.box.target, s.box.targetNote
	_, inPhase := s.st.Phase()
	var evs []model.Event
	back := false
	switch {
	case target == model.DraftSummary:
		evs = append(evs, model.Event{Kind: model.SummarySet, Text: text})
		s.setStatus("summary saved", false)
		back = !s.st.Ended()
	case target == model.DraftEdit:
		if text == "" {
			s.setStatus("empty: esc cancels, d on the list deletes", true)
			return nil
		}
		evs = append(evs, model.Event{Kind: model.NoteEdited, Note: id, Text: text})
		s.setStatus(fmt.Sprintf("edited #%d", id), false)
		back = true
	case target == model.DraftImported:
		ev, err := model.EditDraft(s.st, id, text)
		if err != nil {
			s.setStatus("not saved: "+err.Error(), true)
			return nil
		}
		evs = append(evs, ev)
		s.setStatus("edited the imported row; y keeps it", false)
		back = true
	case target == model.DraftWhy:
		parent, ok := s.st.Note(id)
		if text == "" || !ok {
			return nil
		}
		nid := s.st.NextNoteID()
		evs = append(evs, model.Event{Kind: model.NoteAdded, Note: nid, Phase: parent.Phase, Parent: parent.ID, Text: text})
		s.setStatus("why? added: w asks why again, i types a new note", false)
		back = true
		id = nid
	case !inPhase:
		if text != "" {
			s.setStatus("the meeting is over; ctrl+p goes back to a phase", true)
		}
		return nil
	default:
		if text == "" {
			return nil
		}
		lines := []string{text}
		if c := phaseCapture(s.st); c == agenda.CaptureTimeline || c == agenda.CaptureActions {
			lines = strings.Split(text, "\n")
		}
		next := s.st.NextNoteID()
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				evs = append(evs, model.Event{Kind: model.NoteAdded, Note: next, Phase: s.st.CurrentPhaseID(), Section: section, Text: l})
				next++
			}
		}
		s.setStatus("", false)
		// The note just typed is the one the next list key acts on.
		s.pendingSelect = next - 1
		if section == model.SectionParked {
			s.setStatus("parked in the parking lot; back to the agenda", false)
		}
	}
	s.box.finish(composeContextOf(s.st), text)
	if ctx := s.box.ctx; !ctx.ended && !s.box.box.Empty() {
		// A new note set aside is back in the box: it is the draft now.
		evs = append(evs, s.box.draftEvent(s.st)...)
	} else {
		evs = append(evs, clearDraft(s.st)...)
	}
	if back {
		s.pendingSelect = id
		s.setFocus(focusList)
	}
	return evs
}
