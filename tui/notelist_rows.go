package tui

import (
	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// forgetAdded drops the drawings events that only add notes made stale,
// before readRows. In a phase of plain notes a note already drawn is drawn
// the same, so only the new notes, their parents (a why hides the
// parent's hint) and the selection are drawn again: fifty screens each
// drawing every note in view for one new note was most of their work.
func forgetAdded(m *noteList, evs []model.Event) {
	if !m.inPhase || m.phase.Capture == agenda.CaptureTimeline || m.phase.Capture == agenda.CaptureActions {
		clear(m.lines) // their numbering and times follow from every note
		return
	}
	delete(m.lines, m.selectedID())
	for _, ev := range evs {
		if n, ok := m.st.Note(ev.Note); ok {
			delete(m.lines, n.Parent)
		}
		delete(m.lines, ev.Note)
	}
}

// readRows reads the phase's rows from the fold again, keeping the
// drawings, and the selected note selected when it is still there.
func readRows(m *noteList) {
	keep := m.selectedID()
	m.phase, m.inPhase = m.st.Phase()
	m.rows, m.footer = m.rows[:0], nil
	m.data = newRowData(m.st, m.c.now)
	if m.inPhase {
		switch m.phase.Capture {
		case agenda.CaptureTimeline:
			m.timelineRows()
		case agenda.CaptureActions:
			m.actionRows()
		default:
			for _, id := range m.st.Notes(m.phase.ID) {
				m.addRows(id, 0)
			}
			if m.phase.Capture == agenda.CaptureImpact {
				m.impactFooter()
			}
		}
	}
	m.selectID(keep)
	m.refresh()
}
