package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
)

// chooser is the small taxonomy picker `c` opens on the notes list: the
// incident's trigger, and, when a contributing factor is selected, that
// factor's kind, from the agenda's lists. One key picks; picking the
// current choice again clears it. It takes the phase pane's place while
// open, like a form.
type chooser struct {
	c *common
	// factor is the selected factor's note, 0 when none is selected;
	// onFactor says its list is the one shown.
	factor   int
	onFactor bool
}

// newChooser opens on the factor's kind when a factor is selected, else
// on the trigger.
func newChooser(c *common, st *model.State, n *model.Note) *chooser {
	ch := &chooser{c: c}
	if n != nil && isFactor(st, n) {
		ch.factor, ch.onFactor = n.ID, true
	}
	return ch
}

// isFactor reports whether a note is a contributing factor: marked as one,
// or a top-level note of a factors phase.
func isFactor(st *model.State, n *model.Note) bool {
	if n.Parent != 0 {
		return false
	}
	if n.Section == model.SectionFactor {
		return true
	}
	i := st.Agenda.Index(n.Phase)
	return i >= 0 && st.Agenda.Phases[i].Capture == agenda.CaptureFactors
}

func (m *chooser) list(st *model.State) []model.Choice {
	if m.onFactor {
		return model.FactorChoices(st, m.factor)
	}
	return model.TriggerChoices(st)
}

// Update takes a key: a choice records a Classified event and closes the
// chooser; tab switches between the lists; esc closes without a change.
func (m *chooser) Update(msg tea.KeyPressMsg, st *model.State, now time.Time) (evs []model.Event, status string, done bool) {
	k := m.c.keys.Choose
	switch {
	case key.Matches(msg, k.Close):
		return nil, "nothing classified", true
	case key.Matches(msg, k.Switch):
		m.onFactor = !m.onFactor && m.factor != 0
		return nil, "", false
	}
	field := model.ClassTrigger
	if m.onFactor {
		field = model.ClassFactor
	}
	ev, ok := model.Choose(m.list(st), msg.Text, field, m.factor, now)
	if !ok || msg.Text == "" {
		return nil, fmt.Sprintf("%q is not one of the choices; esc closes", msg.Text), false
	}
	what := "trigger"
	if m.onFactor {
		what = fmt.Sprintf("#%d's kind", m.factor)
	}
	if ev.Value == "" {
		return []model.Event{ev}, what + " cleared", true
	}
	return []model.Event{ev}, fmt.Sprintf("%s: %s (recorded, and in the export)", what, ev.Value), true
}

// ShortHelp lists the chooser's keys.
func (m *chooser) ShortHelp() []key.Binding {
	k := m.c.keys.Choose
	return []key.Binding{bind("1-9 a-z", "choose", "1"), enabled(k.Switch, m.factor != 0), k.Close}
}

// View draws the list in the phase pane, the current choice marked.
func (m *chooser) View(st *model.State, w, h int) string {
	s := m.c.styles
	title := "Trigger: what set the incident off"
	if m.onFactor {
		title = fmt.Sprintf("Kind of contributing factor #%d", m.factor)
	}
	lines := []string{s.PaneTitle.Render(ansi.Truncate(title, w, "…"))}
	if m.onFactor {
		if n, ok := st.Note(m.factor); ok {
			lines = append(lines, s.Notes.Factor.Render(ansi.Truncate(inert(n.Text), w, "…")))
		}
	}
	lines = append(lines, "")
	for _, c := range m.list(st) {
		mark := "  "
		style := s.Notes.Text
		if c.Chosen {
			mark, style = "✓ ", s.Good
		}
		lines = append(lines, style.Render(ansi.Truncate(fmt.Sprintf("%s%s  %s", mark, c.Key, inert(c.Label)), w, "…")))
	}
	lines = append(lines, "")
	hint := "a key picks; the chosen one again clears it · esc closes"
	if m.factor != 0 {
		hint += " · tab: the other list"
	}
	for _, l := range wrapText(hint, w) {
		lines = append(lines, s.Muted.Render(l))
	}
	return clip(strings.Join(lines, "\n"), w, h)
}
