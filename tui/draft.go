package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// draftDelay is how long typing must pause before the draft is recorded:
// long enough not to write on every key, short enough that a crash loses
// at most a few words.
const draftDelay = 800 * time.Millisecond

// after is how the draft's debounce waits; tests that send draftTickMsg
// themselves replace it so that typing does not arm real timers.
var after = func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd { return timer(d, fn) }

// draftTickMsg asks for the draft to be recorded if nothing was typed
// since generation gen.
type draftTickMsg struct{ gen int }

// draftEvent is the event that records the box's text as the phase's
// draft, when it differs from the draft the fold holds. The fold is the
// one record of what was kept, so nothing is written twice.
func (m *composer) draftEvent(st *model.State) []model.Event {
	if !st.Started() {
		return nil
	}
	d := m.Draft()
	if d.Target == model.DraftSummary && d.Text == st.Summary {
		d.Text = "" // the summary as saved is no draft
		if d.Aside == "" {
			d = model.Draft{}
		}
	}
	phase := st.CurrentPhaseID()
	if kept, _ := st.DraftOf(phase); kept == d {
		return nil
	}
	return []model.Event{model.DraftEvent(phase, d)}
}

// clearDraft is the event that forgets the phase's draft once its text
// is committed or the edit cancelled.
func clearDraft(st *model.State) []model.Event {
	phase := st.CurrentPhaseID()
	if _, ok := st.DraftOf(phase); !ok {
		return nil
	}
	return []model.Event{model.DraftEvent(phase, model.Draft{})}
}

// draftLater arms the debounce that records the draft once typing pauses.
func (m *composer) draftLater() tea.Cmd {
	m.gen++
	gen := m.gen
	return after(draftDelay, func(time.Time) tea.Msg { return draftTickMsg{gen: gen} })
}

// onDraftTick records the draft if nothing was typed since the tick was
// armed.
func (m *composer) onDraftTick(msg draftTickMsg, st *model.State) []model.Event {
	if msg.gen != m.gen {
		return nil
	}
	return m.draftEvent(st)
}

// DraftKept reports whether the session ends with unfinished text kept as
// a draft, so the exit message can say it will be back on resume.
func (m *Model) DraftKept() bool {
	if !m.state.Started() {
		return false
	}
	_, ok := m.state.DraftOf(m.state.CurrentPhaseID())
	return ok
}
