package tui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// emit records one change: it is stamped, folded into the state, kept in
// the log and queued for the session file. The fold refusing an event is a
// bug in debrief, shown rather than written.
func (m *Model) emit(ev model.Event) bool {
	ev.Seq = len(m.events) + 1
	ev.At = m.now().UTC()
	if err := m.state.Apply(ev); err != nil {
		m.meeting.setStatus(fmt.Sprintf("not recorded: %v", err), true)
		return false
	}
	m.events = append(m.events, ev)
	m.pending = append(m.pending, ev)
	m.afterEvent(ev)
	return true
}

// flush starts writing the pending events unless a write is under way;
// writes are never concurrent, so the file keeps the events' order.
func (m *Model) flush() tea.Cmd {
	if m.saving || len(m.pending) == 0 || m.opt.Store == nil {
		return nil
	}
	m.saving = true
	return saveCmd(m.opt.Store, m.pending)
}

func (m *Model) onSaved(msg savedMsg) tea.Cmd {
	m.saving = false
	if msg.err != nil {
		m.saveErr = msg.err
		return tea.Tick(2*time.Second, func(time.Time) tea.Msg { return retrySaveMsg{} })
	}
	m.saveErr = nil
	i := 0
	for i < len(m.pending) && m.pending[i].Seq <= msg.seq {
		i++
	}
	m.pending = m.pending[i:]
	return m.flush()
}
