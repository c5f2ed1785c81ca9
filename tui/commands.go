package tui

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
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

// COMMANDS

// tick fires on the next whole second of wall time, so the clock's
// seconds change together with the wall clock's.
func tick(now time.Time) tea.Cmd {
	d := time.Second - time.Duration(now.Nanosecond())
	return tea.Tick(d, func(t time.Time) tea.Msg { return tickMsg(t) })
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

func matches(msg tea.KeyPressMsg, b ...key.Binding) bool { return key.Matches(msg, b...) }
