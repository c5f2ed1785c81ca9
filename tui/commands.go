package tui

import (
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// tickMsg is the clock's once-a-second beat.
type tickMsg time.Time

// savedMsg reports a write of the session file up to Seq.
type savedMsg struct {
	seq int
	err error
}

// retrySaveMsg asks for another attempt after a failed write.
type retrySaveMsg struct{}

// exportedMsg reports a finished export.
type exportedMsg struct {
	markdown, path string
	err            error
}

// flush starts writing the pending events unless a write is under way;
// writes are never concurrent, so the file keeps the events' order.
func (m *Model) flush() tea.Cmd {
	if m.served != nil {
		return m.served.flush(m)
	}
	if m.saving || m.retryWait || len(m.pending) == 0 || m.opt.Store == nil {
		return nil
	}
	m.saving = true
	return saveCmd(m.opt.Store, m.pending)
}

func (m *Model) onSaved(msg savedMsg) tea.Cmd {
	m.saving = false
	if msg.err != nil {
		// The next try waits for the retry tick: trying again on every
		// message would spin against a full disk.
		m.saveErr, m.retryWait = msg.err, true
		return timer(2*time.Second, func(time.Time) tea.Msg { return retrySaveMsg{} })
	}
	m.saveErr = nil
	i := 0
	for i < len(m.pending) && m.pending[i].Seq <= msg.seq {
		i++
	}
	m.pending = m.pending[i:]
	return m.flush()
}

// COMMANDS

// timer is how every clock, poll and retry of the tui waits. Tests
// replace it with one that answers at once with a message they can
// recognise, so that running a step's commands never has to guess by a
// timeout whether a command is a timer or a slow save.
var timer = tea.Tick

// tick fires on the next whole second of wall time, so the clock's
// seconds change together with the wall clock's.
func tick(now time.Time) tea.Cmd { return tickAfter(now, 0) }

// tickAfter is tick coming lag after the whole second. Fifty screens of
// one served meeting ticking on the same instant would each draw a frame
// at once, and a note arriving then would wait for all fifty.
func tickAfter(now time.Time, lag time.Duration) tea.Cmd {
	return timer(untilTick(now, lag), func(t time.Time) tea.Msg { return tickMsg(t) })
}

// untilTick is how long from now until lag past a whole second.
func untilTick(now time.Time, lag time.Duration) time.Duration {
	d := time.Second - time.Duration(now.Nanosecond()) + lag
	if d > time.Second {
		d -= time.Second
	}
	return d
}

// saveCmd appends events to the session file and syncs it.
func saveCmd(st Store, evs []model.Event) tea.Cmd {
	evs = slices.Clone(evs)
	last := evs[len(evs)-1].Seq
	return func() tea.Msg {
		return savedMsg{seq: last, err: st.Append(evs...)}
	}
}

// exportCmd writes the postmortem outside Update.
func exportCmd(ex Exporter, evs []model.Event, now time.Time) tea.Cmd {
	evs = evs[:len(evs):len(evs)] // appends after this never touch the copy
	return func() tea.Msg {
		md, path, err := ex(evs, now)
		return exportedMsg{markdown: md, path: path, err: err}
	}
}

func bell() tea.Cmd { return tea.Raw("\a") }
