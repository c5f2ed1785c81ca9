// Package tui is debrief's terminal interface: the setup screen, the
// meeting (agenda, clock, notes, flags), the wrap-up, the export preview and
// the replay screen. Only the root model returns a tea.View; every pane
// renders a string at the size it is given.
package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
)

// Store is where the meeting's events are written as they happen.
type Store interface {
	// Append writes the events, skipping any already written, and syncs.
	Append(events ...model.Event) error
	// Path is the session file's location, shown to the user.
	Path() string
}

// Exporter writes the postmortem of the events so far next to the session
// file and returns the Markdown it wrote and where. It runs inside a
// tea.Cmd, on its own copy of the log, never on the live state.
type Exporter func(events []model.Event, now time.Time) (markdown, path string, err error)

// Options configure a meeting.
type Options struct {
	// Now is the clock; tests inject a fake one.
	Now func() time.Time
	// Agenda is the meeting plan for a new session.
	Agenda agenda.Agenda
	// Setup prefills the setup screen.
	Setup model.Setup
	// Store receives every event.
	Store Store
	// Events is the log of a session being resumed; empty for a new one.
	Events []model.Event
	// Rules is the phrasing rule set (default plus the team's).
	Rules *phrasing.Rules
	// Export writes the postmortem (ctrl+o).
	Export Exporter
}

type screen int

const (
	screenSetup screen = iota
	screenMeeting
)

// Model is the root of the meeting app.
type Model struct {
	opt    Options
	now    func() time.Time
	styles Styles
	keys   keyMap
	help   help.Model
	width  int
	height int
	screen screen

	setup setupForm

	state   *model.State
	events  []model.Event
	pending []model.Event
	saving  bool
	saveErr error

	meeting meeting
	// checked holds the findings of committed note texts for the current
	// checker; see check.
	checked map[string][]phrasing.Finding
	preview *preview
	// quitting is set once ctrl+c is handled, so the last view says so.
	quitting bool
}

// New builds the app. With opt.Events it resumes that session in the
// phase it was in; otherwise it opens the setup screen.
func New(opt Options) (*Model, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Rules == nil {
		opt.Rules = phrasing.DefaultRules()
	}
	m := &Model{
		opt:    opt,
		now:    opt.Now,
		styles: NewStyles(true),
		keys:   defaultKeyMap(),
		help:   help.New(),
		width:  80,
		height: 24,
		state:  model.New(),
	}
	m.setHelpStyles()
	if len(opt.Events) > 0 {
		st, err := model.Fold(opt.Events)
		if err != nil {
			return nil, err
		}
		m.state = st
		m.events = append(m.events, opt.Events...)
		m.screen = screenMeeting
		m.meeting = newMeeting(m)
		m.emit(model.Event{Kind: model.SessionResumed})
		return m, nil
	}
	m.setup = newSetupForm(opt.Setup)
	return m, nil
}

// Init starts the clock and asks the terminal for its background colour.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tick(m.now()), tea.RequestBackgroundColor, m.flush())
}

// Pending returns the events not yet confirmed written, for a final flush
// after the program exits.
func (m *Model) Pending() []model.Event { return m.pending }

// Events returns the whole log so far.
func (m *Model) Events() []model.Event { return m.events }

// State returns the folded meeting.
func (m *Model) State() *model.State { return m.state }

// Started reports whether the meeting got past setup, so the caller knows
// whether a session file is worth keeping.
func (m *Model) Started() bool { return len(m.events) > 0 }

// Update routes a message to the screen that owns it, then starts writing
// whatever it recorded.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	if save := m.flush(); save != nil {
		cmd = tea.Batch(cmd, save)
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		m.meeting.invalidate()
		if m.preview != nil {
			m.preview.setSize(m.width, m.height)
			return m.preview.render(m.styles.IsDark)
		}
		return nil
	case tea.BackgroundColorMsg:
		m.styles = NewStyles(msg.IsDark())
		m.setHelpStyles()
		m.meeting.invalidate()
		return nil
	case tickMsg:
		return tea.Batch(tick(m.now()), m.onTick())
	case savedMsg:
		return m.onSaved(msg)
	case retrySaveMsg:
		return m.flush()
	case exportedMsg:
		return m.onExported(msg)
	case renderedMsg:
		if m.preview != nil {
			m.preview.setRendered(msg)
		}
		return nil
	case tea.KeyPressMsg:
		if key := msg; matches(key, m.keys.Quit) {
			return m.quit()
		}
		if m.preview != nil {
			return m.updatePreview(msg)
		}
		if m.screen == screenSetup {
			return m.updateSetup(msg)
		}
		return m.updateMeeting(msg)
	case tea.PasteMsg:
		if m.preview != nil {
			return nil
		}
		if m.screen == screenSetup {
			m.setup.paste(msg.Content)
			return nil
		}
		return m.pasteMeeting(msg.Content)
	}
	return nil
}

func (m *Model) quit() tea.Cmd {
	m.quitting = true
	if m.state.Started() && !m.state.Closed {
		m.emit(model.Event{Kind: model.SessionClosed})
	}
	return tea.Quit
}

// View draws the current screen.
func (m *Model) View() tea.View {
	var s string
	switch {
	case m.width < 1 || m.height < 1:
		s = ""
	case m.preview != nil:
		s = m.preview.view(m)
	case m.screen == screenSetup:
		s = m.viewSetup()
	default:
		s = m.viewMeeting()
	}
	v := tea.NewView(s)
	v.AltScreen = true
	v.WindowTitle = m.windowTitle()
	return v
}

func (m *Model) windowTitle() string {
	t := "debrief"
	if m.state.Setup.Title != "" {
		t += ": " + clean(m.state.Setup.Title, false)
	}
	return t
}

func (m *Model) setHelpStyles() {
	hs := help.DefaultStyles(m.styles.IsDark)
	hs.ShortKey = m.styles.Help.Key
	hs.ShortDesc = m.styles.Help.Desc
	hs.FullKey = m.styles.Help.Key
	hs.FullDesc = m.styles.Help.Desc
	m.help.Styles = hs
}
