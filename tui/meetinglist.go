package tui

import (
	"fmt"
	"reflect"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// updateList turns a one-key action on the selected note into events.
func (s *meetingScreen) updateList(msg tea.KeyPressMsg) outcome {
	if o, done := reviewKey(s, msg); done {
		return o
	}
	var o outcome
	if s.st.Ended() && s.wrap.Update(msg) {
		return o
	}
	was := s.list.selectedID()
	act, id := s.list.Update(msg)
	n, has := s.st.Note(id)
	switch act {
	case listNone:
		if typedThrough(msg) && !listKey(s, msg) && !s.noInput && s.st.Started() && !s.st.Ended() {
			// Someone typing without seeing the keys are on the list: a
			// character that is no list key goes to the box, so the rest
			// of the words land there too and not on the list's one-key
			// actions. A list key that does not apply here stays a key
			// (it says so), so each key keeps one meaning.
			s.setFocus(focusType)
			s.setStatus("typing: esc goes back to the notes list", false)
			return s.updateTyping(msg)
		}
		lk := s.c.keys.List
		switch {
		case key.Matches(msg, lk.Top, lk.Bottom) && id == was:
			s.setStatus("already at the "+map[bool]string{true: "first", false: "last"}[key.Matches(msg, lk.Top)]+" note", false)
		case msg.Text != "" && !key.Matches(msg, lk.Up, lk.Down, lk.Top, lk.Bottom):
			s.setStatus(fmt.Sprintf("%q does nothing here; i or esc goes back to typing", msg.Text), true)
		}
	case listToType:
		s.setFocus(focusType)
		s.setStatus("", false)
	case listHelp:
		o.help = true
	case listPause:
		o.add(s.timerEvents(pauseEvents(s.st))...)
	case listExtend:
		o.add(s.timerEvents(extendEvents(s.st))...)
	case listSummary:
		o.add(s.box.draftEvent(s.st)...)
		s.box.summary(s.st.Summary)
		s.setFocus(focusType)
		s.setStatus("writing the summary: enter saves, esc leaves it"+asideNote(s.box), false)
	case listRisk:
		o.add(model.Event{Kind: model.RiskAccepted, Value: yesNo(!s.st.RiskAccepted)})
		s.setStatus("risk of recurrence accepted: "+yesNo(!s.st.RiskAccepted), false)
	case listFigures:
		s.form = impactForm(s.c, s.st)
		s.setFocus(focusForm)
	case listSetup:
		s.form = newSetupForm(s.c, s.st.Setup, "Setup (enter saves all · esc cancels)")
		s.setFocus(focusForm)
	case listClassify:
		s.chooser = newChooser(s.c, s.st, n)
		s.setStatus("classify: a key picks, esc closes", false)
		s.setFocus(focusChoose)
	case listUndo:
		if last := len(s.undo) - 1; last >= 0 {
			evs := s.undo[last]
			s.undo = s.undo[:last]
			o.add(evs...)
			s.pendingSelect = evs[0].Note
			s.setStatus(fmt.Sprintf("put #%d back", evs[0].Note)+undoLeft(len(s.undo)), false)
			s.list.canUndo = len(s.undo) > 0
		}
	}
	if !has {
		s.refresh()
		return o
	}
	switch act {
	case listEdit:
		if phaseCapture(s.st) == agenda.CaptureActions && n.Parent == 0 {
			s.form = actionForm(s.c, n, s.box.ctx.meeting)
			s.setFocus(focusForm)
			break
		}
		fallthrough
	case listEditText:
		o.add(s.box.draftEvent(s.st)...)
		s.box.edit(n.ID, n.Text)
		s.setFocus(focusType)
		s.setStatus(fmt.Sprintf("editing #%d: enter saves, esc cancels", n.ID)+asideNote(s.box), false)
	case listDelete:
		del := model.Event{Kind: model.NoteDeleted, Note: n.ID}
		// The same inverse a word typed on the list takes a delete back
		// with, so u and the word watch put back the same note.
		if evs, ok := inverseEvents(s.st, []model.Event{del}); ok {
			s.undo = append(s.undo, evs)
			s.list.canUndo = true
		}
		o.add(del)
		s.setStatus(fmt.Sprintf("deleted #%d: u puts it back", n.ID), false)
	case listFactor:
		o.add(s.moveNote(n, model.SectionFactor)...)
	case listLucky:
		o.add(s.moveNote(n, model.SectionLucky)...)
	case listPark:
		o.add(s.moveNote(n, model.SectionParked)...)
	case listWhy:
		if n.Parent == 0 && n.Section != model.SectionFactor {
			o.add(model.Event{Kind: model.NoteMoved, Note: n.ID, Section: model.SectionFactor})
		}
		o.add(s.box.draftEvent(s.st)...)
		s.box.why(s.st.DeepestWhy(n.ID))
		s.setFocus(focusType)
		s.setStatus(fmt.Sprintf("asking why of #%d: enter saves, esc cancels", n.ID)+asideNote(s.box), false)
	case listDismiss:
		count := 0
		for _, f := range s.flags.openFindings(n) {
			o.add(model.Event{Kind: model.FlagDismissed, Note: n.ID, Rule: f.Rule})
			count++
		}
		s.setStatus(fmt.Sprintf("dismissed %d %s on #%d (kept in the session file)", count, plural(count, "flag", "flags"), n.ID), false)
	}
	s.refresh()
	return o
}

// undoLeft says how many more deletes u can still put back.
func undoLeft(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("; u again puts back %d more", n)
}

// asideNote tells the scribe their unfinished note is waiting.
func asideNote(c composer) string {
	if c.aside == "" {
		return ""
	}
	return "; your unfinished note waits and comes back after"
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// moveNote toggles a note into a section, or back out of it.
func (s *meetingScreen) moveNote(n *model.Note, section string) []model.Event {
	if n.Parent != 0 {
		s.setStatus("a why stays under its factor", true)
		return nil
	}
	if n.Section == section {
		section = model.SectionNone
	}
	what := map[string]string{
		model.SectionNone:   "back to a plain note",
		model.SectionFactor: "marked as a contributing factor: w asks why",
		model.SectionLucky:  "marked as where we got lucky",
		model.SectionParked: "parked in the parking lot",
	}[section]
	s.setStatus(fmt.Sprintf("#%d %s", n.ID, what), false)
	return []model.Event{{Kind: model.NoteMoved, Note: n.ID, Section: section}}
}

// impactForm edits the impact figures, all of them at once.
func impactForm(c *common, st *model.State) *fieldForm {
	f := newFieldForm(c, formImpact, "Impact figures (enter saves all · esc cancels)")
	for _, fl := range model.ImpactFields {
		f.add(fl.Key, fl.Label, st.Impact[fl.Key], "e.g. "+fl.Example)
	}
	return f
}

// actionForm edits an action item field by field.
func actionForm(c *common, n *model.Note, meeting time.Time) *fieldForm {
	it := model.ParseAction(n.Text, meeting).Fields()
	f := newFieldForm(c, formAction, fmt.Sprintf("Action item #%d (enter saves all · esc cancels)", n.ID))
	f.note = n.ID
	f.add("what", "What", it.What, "a verifiable change: Add alert pool_utilization > 80% for 5m")
	f.add("owner", "Owner", it.Owner, "@handle or name@example.com: one person, not a team")
	f.add("due", "Due", it.Due, "YYYY-MM-DD, +14d or +2w")
	f.add("ticket", "Ticket", it.Ticket, "ENG-4421 or a URL")
	f.add("priority", "Priority", it.Priority, "P0, P1, P2 or P3")
	f.add("type", "Type", it.Type, "prevent, mitigate, detect or process")
	return f
}

// updateForm handles a key in the open form; enter saves every field,
// from whichever field it is pressed in, and returns to the list.
func (s *meetingScreen) updateForm(msg tea.KeyPressMsg) outcome {
	var o outcome
	f := s.form
	switch f.Update(msg) {
	case formCancel:
		s.form = nil
		s.setStatus("closed without saving", false)
		s.setFocus(focusList)
	case formHelp:
		o.help = true
	case formSave:
		evs, status, err := formEvents(f, s.st, s.c.now, s.box.ctx.meeting)
		if err != nil {
			f.err = err.Error()
			s.setStatus("not saved: "+err.Error(), true)
			// A zone not resolved yet is resolved by a command; the root
			// saves again when it arrives (see Model.update).
			o.cmd = zoneCmd(err)
			break
		}
		o.add(evs...)
		if f.kind == formAction {
			s.pendingSelect = f.note
		}
		s.setStatus(status, false)
		s.form = nil
		s.setFocus(focusList)
	}
	s.refresh()
	return o
}

// formEvents are the events that save a form and what to tell the room,
// or why it cannot be saved.
func formEvents(f *fieldForm, st *model.State, now, meeting time.Time) ([]model.Event, string, error) {
	var evs []model.Event
	switch f.kind {
	case formImpact:
		for _, fl := range model.ImpactFields {
			if v := f.value(fl.Key); v != st.Impact[fl.Key] {
				evs = append(evs, model.Event{Kind: model.ImpactSet, Field: fl.Key, Value: v})
			}
		}
		return evs, fmt.Sprintf("impact figures saved (%d changed)", len(evs)), nil
	case formAction:
		it := model.ActionFromFields(model.ActionFields{What: f.value("what"), Owner: f.value("owner"), Due: f.value("due"),
			Ticket: f.value("ticket"), Priority: f.value("priority"), Type: f.value("type")}, meeting)
		if len(it.Problems) > 0 {
			return nil, "", fmt.Errorf("check the fields: %s", it.Problems[0])
		}
		if n, ok := st.Note(f.note); ok && n.Text != it.Format() {
			evs = append(evs, model.Event{Kind: model.NoteEdited, Note: f.note, Text: it.Format()})
		}
		return evs, fmt.Sprintf("saved action #%d", f.note), nil
	}
	setup, err := setupValue(f, now)
	if err != nil {
		return nil, "", err
	}
	if reflect.DeepEqual(setup, st.Setup) {
		return nil, "setup unchanged", nil
	}
	return []model.Event{{Kind: model.SetupChanged, Setup: &setup}}, "setup saved", nil
}

// listKey reports whether msg is one of the list's keys, or the review's
// in the timeline phase, whether or not it applies right now.
func listKey(s *meetingScreen, msg tea.KeyPressMsg) bool {
	if key.Matches(msg, s.c.keys.List.bindings()...) || key.Matches(msg, s.c.keys.Global.Help) {
		return true
	}
	return s.imports.timeline() && key.Matches(msg, s.c.keys.Imports.bindings()...)
}

// typedThrough reports whether a key the list did not take starts text a
// person was typing: a printable character (a digit a timeline line
// starts with, a letter no list key uses here, punctuation), not a space,
// which pauses the clock. "09:20 Who ..." or "Bo said ..." typed on the
// list goes to the box instead of its letters dropping and editing rows.
func typedThrough(msg tea.KeyPressMsg) bool {
	if msg.Text == "" || (msg.Mod != 0 && msg.Mod != tea.ModShift) || utf8.RuneCountInString(msg.Text) != 1 {
		return false
	}
	r := []rune(msg.Text)[0]
	return unicode.IsPrint(r) && !unicode.IsSpace(r)
}
