package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// updateList handles single-key actions on the selected note.
func (m *Model) updateList(msg tea.KeyPressMsg) tea.Cmd {
	mt := &m.meeting
	k := m.keys
	count := m.selectableCount()
	n, hasNote := m.selectedNote()
	switch {
	case matches(msg, k.Up):
		mt.sel = max(0, mt.sel-1)
	case matches(msg, k.Down):
		if mt.sel+1 < count {
			mt.sel++
		} else {
			mt.mode = modeType
		}
	case msg.String() == "home" || msg.String() == "g":
		mt.sel = 0
	case msg.String() == "end" || msg.String() == "G":
		mt.sel = max(0, count-1)
	case matches(msg, k.ToType):
		mt.mode = modeType
	case matches(msg, k.Help):
		mt.mode = modeHelp
	case matches(msg, k.PauseKey):
		m.togglePause()
	case matches(msg, k.ExtendKey):
		m.extend()
	case matches(msg, k.Summary):
		m.editSummary()
	case matches(msg, k.Risk):
		m.emit(model.Event{Kind: model.RiskAccepted, Value: yesNo(!m.state.RiskAccepted)})
		mt.setStatus("risk of recurrence accepted: "+yesNo(m.state.RiskAccepted), false)
	case matches(msg, k.Figures) && m.capture() == agenda.CaptureImpact:
		m.openImpactForm()
	case matches(msg, k.Undo):
		m.undoDelete()
	case !hasNote:
		return nil
	case matches(msg, k.Edit) && m.capture() == agenda.CaptureActions && n.Parent == 0:
		m.openActionForm(n)
	case matches(msg, k.Edit, k.EditText):
		mt.mode = modeType
		mt.box.SetValue(n.Text)
		mt.target, mt.targetID = targetEdit, n.ID
		mt.box.label = fmt.Sprintf("edit #%d", n.ID)
		m.typed()
	case matches(msg, k.Delete):
		m.deleteNote(n)
	case matches(msg, k.Factor):
		m.moveNote(n, model.SectionFactor)
	case matches(msg, k.Lucky):
		m.moveNote(n, model.SectionLucky)
	case matches(msg, k.ParkToggle):
		m.moveNote(n, model.SectionParked)
	case matches(msg, k.Why):
		m.askWhy(n)
	case matches(msg, k.Dismiss):
		m.dismissFlags(n)
	}
	return nil
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// moveNote toggles a note into a section, or back out of it.
func (m *Model) moveNote(n *model.Note, section string) {
	if n.Parent != 0 {
		m.meeting.setStatus("a why stays under its factor", true)
		return
	}
	if n.Section == section {
		section = model.SectionNone
	}
	m.emit(model.Event{Kind: model.NoteMoved, Note: n.ID, Section: section})
	what := map[string]string{
		model.SectionNone:   "back to a plain note",
		model.SectionFactor: "marked as a contributing factor: w asks why",
		model.SectionLucky:  "marked as where we got lucky",
		model.SectionParked: "parked in the parking lot",
	}[section]
	m.meeting.setStatus(fmt.Sprintf("#%d %s", n.ID, what), false)
}

// askWhy opens the box for the next why under a note; asking on a plain
// note makes it a contributing factor first.
func (m *Model) askWhy(n *model.Note) {
	mt := &m.meeting
	if n.Parent == 0 && n.Section != model.SectionFactor {
		m.emit(model.Event{Kind: model.NoteMoved, Note: n.ID, Section: model.SectionFactor})
	}
	// Ask of the deepest why so far, so the chain grows downwards.
	id := n.ID
	for ws := m.state.Whys(id); len(ws) > 0; ws = m.state.Whys(id) {
		id = ws[len(ws)-1]
	}
	mt.mode = modeType
	mt.box.Reset()
	mt.target, mt.targetID = targetWhy, id
	mt.box.label = "why?"
	mt.box.placeholder = "what made that possible? what guard should have caught it?"
	mt.findings = nil
}

func (m *Model) dismissFlags(n *model.Note) {
	count := 0
	for _, f := range m.meeting.flags[n.ID] {
		if !n.IsDismissed(f.Rule) {
			m.emit(model.Event{Kind: model.FlagDismissed, Note: n.ID, Rule: f.Rule})
			count++
		}
	}
	if count == 0 {
		m.meeting.setStatus("no open flag on this note", false)
		return
	}
	m.meeting.setStatus(fmt.Sprintf("dismissed %d flag(s) on #%d (kept in the session file)", count, n.ID), false)
}

// deleteNote removes a note and keeps what it takes to put it back.
func (m *Model) deleteNote(n *model.Note) {
	var undo []model.Event
	var keep func(id int)
	keep = func(id int) {
		c, ok := m.state.Note(id)
		if !ok {
			return
		}
		undo = append(undo, model.Event{Kind: model.NoteAdded, Note: c.ID, Phase: c.Phase, Section: sectionForAdd(c), Parent: c.Parent, Text: c.Text})
		for _, r := range c.Dismissed {
			undo = append(undo, model.Event{Kind: model.FlagDismissed, Note: c.ID, Rule: r})
		}
		for _, w := range m.state.Whys(id) {
			keep(w)
		}
	}
	keep(n.ID)
	if m.emit(model.Event{Kind: model.NoteDeleted, Note: n.ID}) {
		m.meeting.undo = undo
		m.meeting.setStatus(fmt.Sprintf("deleted #%d: u puts it back", n.ID), false)
	}
}

func sectionForAdd(n *model.Note) string {
	if n.Section == model.SectionWhy {
		return ""
	}
	return n.Section
}

func (m *Model) undoDelete() {
	mt := &m.meeting
	if len(mt.undo) == 0 {
		mt.setStatus("nothing to undo", false)
		return
	}
	for _, ev := range mt.undo {
		m.emit(ev)
	}
	mt.setStatus(fmt.Sprintf("put #%d back", mt.undo[0].Note), false)
	mt.undo = nil
}

func (m *Model) editSummary() {
	mt := &m.meeting
	mt.mode = modeType
	mt.box.SetValue(m.state.Summary)
	mt.target = targetSummary
	mt.box.label = "summary"
	mt.box.placeholder = "3-5 sentences: what broke, who was affected, how it was resolved"
	m.typed()
}
